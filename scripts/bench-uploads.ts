/**
 * Benchmark, not a test: six concurrent 10000×10000 JPEG uploads against a real production server (with the
 * simulator), printing the server's peak resident memory. The budget is 800 MB; the exit code says whether it
 * held and every upload got an answer. Run `npm run build` first, then `npm run bench:uploads`.
 */
import { addUser, OWNER } from "../e2e/support/accounts";
import { Stack } from "../e2e/support/stack";
import { hugeJpegs, postImage } from "../test-support/huge-jpegs";
import { sampleRss, treeRss } from "../test-support/process-memory";

const BUDGET_MB = 800;
const COUNT = 6;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const files = await hugeJpegs(COUNT);
console.log(
  `${COUNT} JPEGs of 10000×10000 px: ${files.map((file) => `${(file.length / 1e6).toFixed(1)} MB`).join(", ")}`,
);
const stack = await Stack.start();
try {
  // Uploads need a signed-in account: the owner, made by the users script like the e2e fixtures do.
  await addUser(stack, OWNER, { owner: true });
  const session = await fetch(`${stack.appUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: stack.appUrl },
    body: JSON.stringify(OWNER),
  });
  const cookie = session.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const pid = stack.appPid;
  if (!pid) throw new Error("no app process");
  console.log(`server RSS before: ${mb(treeRss(pid))} MB`);
  const sampler = sampleRss(pid);
  const started = Date.now();
  const answers = await Promise.all(files.map((file, i) => postImage(stack.appUrl, file, `huge-${i}.jpg`, cookie)));
  sampler.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const [i, answer] of answers.entries()) {
    const body = answer.body as { image?: { width?: number }; error?: { message?: string } } | null;
    console.log(
      `upload ${i}: ${answer.status} ${body?.image ? `stored, ${body.image.width ?? "?"} px wide` : body?.error?.message}`,
    );
  }
  const peak = mb(sampler.peak());
  console.log(`peak server RSS: ${peak} MB (budget ${BUDGET_MB} MB), ${seconds} s for all ${COUNT}`);
  const answered = answers.every((answer) => answer.status > 0 && answer.body !== null);
  process.exitCode = peak < BUDGET_MB && answered ? 0 : 1;
} finally {
  await stack.stop();
}

/**
 * Benchmark, not a test: 50 simulated tasks on 1, 2 and 4 app instances sharing one Postgres database, one S3
 * bucket and one simulator (a fresh database and bucket per run). Submits go round-robin over the instances (a
 * load balancer without sticky sessions). Prints, per instance count: upstream polls per task, result downloads
 * per result (the copies), and the time from upstream completion to a playable result (median and worst).
 * Needs a production build (`npm run build`) and the engines:
 *   E=$(mktemp -d) && bash scripts/test-engines.sh start $E && source $E/env && npm run bench:scale; bash scripts/test-engines.sh stop $E
 */
import type { GenerationView } from "../lib/generations/view";
import { actionId, callAction } from "./bench-actions";

process.env.E2E_ENGINES = "postgres-s3";
const { Stack } = await import("../e2e/support/stack");
const { SimulatorControl } = await import("../e2e/support/simulator-control");
const { addUser, OWNER, TEST_LIMITS } = await import("../e2e/support/accounts");

const TASKS = Number(process.env.BENCH_TASKS ?? 50);
const INSTANCE_COUNTS = [1, 2, 4];

/** The owner account (users script), signed in: the cookie every instance accepts (one BETTER_AUTH_SECRET). */
async function ownerSession(stack: Awaited<ReturnType<typeof Stack.start>>): Promise<string> {
  await addUser(stack, OWNER, { owner: true });
  const answer = await fetch(`${stack.appUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: stack.appUrl },
    body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
  });
  if (!answer.ok) throw new Error(`sign-in answered ${answer.status}`);
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  // 50 tasks at once is past the people-sized defaults (3 running, 6 submits a minute).
  await callAction(stack.appUrl, cookie, "saveLimits", TEST_LIMITS);
  return cookie;
}

/** Submits one draft through the app's server action, as the composer does. */
async function submit(base: string, cookie: string, n: number, run: string): Promise<void> {
  const input = {
    draftId: `bench-${run}-${n}`,
    prompt: `Bench ${run} #${n}: a paper boat on a river`,
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    images: [],
  };
  await callAction(base, cookie, "submitGeneration", input).catch((error: unknown) => {
    throw new Error(`submit ${n}: ${(error as Error).message}`);
  });
}

async function listAll(base: string, cookie: string): Promise<GenerationView[]> {
  const answer = await fetch(`${base}/api/generations?limit=100`, { headers: { cookie } });
  return ((await answer.json()) as { generations: GenerationView[] }).generations;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
};

async function benchmark(instances: number) {
  const stack = await Stack.start({ LEASE_MS: "5000" });
  const peers = [];
  try {
    const cookie = await ownerSession(stack);
    for (let n = 1; n < instances; n += 1) peers.push(await stack.startPeer());
    const bases = [stack.appUrl, ...peers.map((peer) => peer.url)];
    const run = `${instances}-${Date.now()}`;
    await Promise.all(Array.from({ length: TASKS }, (_, n) => submit(bases[n % bases.length] ?? "", cookie, n, run)));

    // Watch as a browser would (each look through the next instance) and note when each result became playable.
    const playableAt = new Map<string, number>();
    const deadline = Date.now() + 15 * 60_000;
    let views: GenerationView[] = [];
    for (let look = 0; playableAt.size < TASKS; look += 1) {
      if (Date.now() > deadline) throw new Error(`only ${playableAt.size}/${TASKS} results after 15 minutes`);
      views = await listAll(bases[look % bases.length] ?? "", cookie);
      const now = Date.now();
      for (const view of views) {
        if (view.status === "completed" && view.videoUrl && !playableAt.has(view.id)) playableAt.set(view.id, now);
      }
      const failed = views.filter((view) => ["failed", "lost", "expired", "cancelled"].includes(view.status));
      if (failed.length > 0) throw new Error(`${failed.length} task(s) ended ${failed[0]?.status}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const requests = await new SimulatorControl(stack.simulatorUrl).requests();
    const taskIds = new Set(views.map((view) => view.taskId ?? ""));
    const polls = requests.filter(
      (request) => request.method === "GET" && taskIds.has(/^\/v1\/tasks\/([^/?]+)/.exec(request.path)?.[1] ?? ""),
    ).length;
    const downloads = requests.filter((request) => request.method === "GET" && /\.mp4$/.test(request.path)).length;
    // Upstream's `completed` is whole seconds: the latency is measured from the end of that second.
    const latencies = views.map((view) => (playableAt.get(view.id) ?? 0) - ((view.completedAt ?? 0) + 1000));
    return {
      instances,
      pollsPerTask: polls / TASKS,
      copiesPerResult: downloads / TASKS,
      medianSeconds: Math.max(0, percentile(latencies, 0.5)) / 1000,
      worstSeconds: Math.max(0, percentile(latencies, 1)) / 1000,
    };
  } finally {
    for (const peer of peers) await peer.stop();
    await stack.stop();
  }
}

actionId("submitGeneration");
const rows = [];
for (const instances of INSTANCE_COUNTS) {
  const row = await benchmark(instances);
  rows.push(row);
  console.log(
    `${instances} instance(s): ${row.pollsPerTask.toFixed(2)} upstream polls/task, ${row.copiesPerResult.toFixed(2)} copies/result, ` +
      `completion → playable median ${row.medianSeconds.toFixed(1)} s, worst ${row.worstSeconds.toFixed(1)} s`,
  );
}
console.log(`\n| instances | upstream polls per task | copies per result | completion → playable (median / worst) |`);
console.log(`| --- | --- | --- | --- |`);
for (const row of rows) {
  console.log(
    `| ${row.instances} | ${row.pollsPerTask.toFixed(2)} | ${row.copiesPerResult.toFixed(2)} | ${row.medianSeconds.toFixed(1)} s / ${row.worstSeconds.toFixed(1)} s |`,
  );
}

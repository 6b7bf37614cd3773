import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import type { GenerationView } from "../lib/generations/view";
import { expect, test } from "./fixtures";
import { scaleEngines } from "./support/engines";
import { pollsOf } from "./support/generations";
import { screens } from "./support/screens";
import type { AppInstance } from "./support/stack";

// Two instances, A (the stack's app) and B, on one Postgres database, one bucket and one simulator. A short
// lease: work A held when it died is B's 3 s later.
test.use({ appEnv: { LEASE_MS: "3000" } });
test.skip(!scaleEngines, "runs in the Postgres + S3 pass (npm run test:e2e:scale)");

const POLL_MIN_INTERVAL_MS = 1_000;

/** The owner's generations as any instance answers them (one session cookie is good on every instance). */
async function views(url: string, ids: string[], cookie: string): Promise<GenerationView[]> {
  const answer = await fetch(`${url}/api/generations?ids=${ids.join(",")}`, { headers: { cookie } });
  return ((await answer.json()) as { generations: GenerationView[] }).generations;
}

async function bucketNames(bucket: string, prefix: string): Promise<string[]> {
  const s3 = new S3Client({
    region: "us-east-1",
    endpoint: process.env.TEST_S3_ENDPOINT,
    forcePathStyle: true,
    credentials: {
      accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID ?? "",
      secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY ?? "",
    },
  });
  const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  s3.destroy();
  return (page.Contents ?? []).map((item) => item.Key ?? "").sort();
}

test.describe("two instances sharing Postgres and a bucket", () => {
  let b: AppInstance | undefined;
  test.afterEach(async () => {
    await b?.stop();
  });

  test("A is killed with tasks running; B finishes them: one poll per slot, one copy each, playable on both", async ({
    studio,
    stack,
    sim,
    page,
    ownerCookie,
  }) => {
    b = await stack.startPeer();
    const prompts = [1, 2, 3].map((n) => `Two instances, take ${n}: a ferry at dawn ${Date.now()}`);
    await studio.open();
    const ids: string[] = [];
    for (const prompt of prompts) {
      await studio.prompt.fill(prompt);
      await studio.generate.click();
      const card = studio.card(prompt);
      await expect(card).toBeVisible();
      ids.push((await card.getAttribute("data-generation-id")) ?? "");
    }
    // Every task exists upstream and is still running when A dies.
    await expect
      .poll(
        async () =>
          (await views(stack.appUrl, ids, ownerCookie)).filter((view) => view.taskId?.startsWith("task_")).length,
      )
      .toBe(3);
    // (Tasks take 8 s upstream: some may already be done; the rest are A's unfinished work.)
    const unfinished = (await views(stack.appUrl, ids, ownerCookie)).filter((view) => view.status !== "completed");
    expect(unfinished.length).toBeGreaterThan(0);
    await stack.killApp();

    const instanceB = b;
    await expect
      .poll(async () => (await views(instanceB.url, ids, ownerCookie)).map((view) => view.status), { timeout: 90_000 })
      .toEqual(["completed", "completed", "completed"]);
    const done = await views(instanceB.url, ids, ownerCookie);

    // Exactly one video and one poster object per result, under the result's fixed names.
    expect(await bucketNames(stack.engines?.bucket ?? "", "videos/")).toEqual(
      ids.map((id) => `videos/${id}.mp4`).sort(),
    );
    expect(await bucketNames(stack.engines?.bucket ?? "", "posters/")).toHaveLength(3);

    // No task was asked about twice in one poll slot (two instances polling together would be ~0 ms apart).
    for (const view of done) {
      const times = (await pollsOf(sim, view.taskId ?? "")).map((request) => Date.parse(request.time)).sort();
      expect(times.length).toBeGreaterThan(0);
      for (let n = 1; n < times.length; n += 1) {
        expect((times[n] ?? 0) - (times[n - 1] ?? 0)).toBeGreaterThanOrEqual(POLL_MIN_INTERVAL_MS / 2);
      }
    }

    // Every video plays from both instances: A restarted and B serve the same bytes by range from the bucket.
    await stack.startApp();
    for (const view of done) {
      const url = view.videoUrl ?? "";
      const [fromA, fromB] = await Promise.all(
        [stack.appUrl, instanceB.url].map((base) =>
          fetch(`${base}${url}`, { headers: { range: "bytes=0-1023", cookie: ownerCookie } }),
        ),
      );
      expect([fromA?.status, fromB?.status]).toEqual([206, 206]);
      const bytes = async (response: Response | undefined) =>
        Buffer.from((await response?.arrayBuffer()) ?? new ArrayBuffer(0));
      const [bytesA, bytesB] = await Promise.all([bytes(fromA), bytes(fromB)]);
      expect(bytesA.length).toBe(1024);
      expect(bytesA.equals(bytesB)).toBe(true);
    }
    for (const [name, base] of [
      ["a", stack.appUrl],
      ["b", instanceB.url],
    ] as const) {
      await page.goto(base);
      for (const prompt of prompts) {
        const facts = await studio.videoFacts(studio.card(prompt));
        expect(facts.duration).toBeGreaterThan(4.5);
      }
      await screens(page, `scale-instance-${name}`);
    }
  });
});

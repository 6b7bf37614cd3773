/**
 * Benchmark, not a test: 50 simulated tasks on 1, 2 and 4 app instances sharing one Postgres database, one S3
 * bucket and one simulator (a fresh database and bucket per run). Submits go round-robin over the instances (a
 * load balancer without sticky sessions). Prints, per instance count: upstream polls per task, result downloads
 * per result (the copies), and the time from upstream completion to a playable result (median and worst).
 * Needs a production build (`npm run build`) and the engines:
 *   E=$(mktemp -d) && bash scripts/test-engines.sh start $E && source $E/env && npm run bench:scale; bash scripts/test-engines.sh stop $E
 */
import fs from "node:fs";
import path from "node:path";
import type { GenerationView } from "../lib/generations/view";

process.env.E2E_ENGINES = "postgres-s3";
const { Stack } = await import("../e2e/support/stack");
const { SimulatorControl } = await import("../e2e/support/simulator-control");

const TASKS = Number(process.env.BENCH_TASKS ?? 50);
const INSTANCE_COUNTS = [1, 2, 4];

function submitActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === "submitGeneration");
  if (!entry) throw new Error("no submitGeneration action in the build: run npm run build");
  return entry[0];
}

/** Submits one draft through the app's server action, as the composer does. */
async function submit(base: string, actionId: string, n: number, run: string): Promise<void> {
  const input = {
    draftId: `bench-${run}-${n}`,
    prompt: `Bench ${run} #${n}: a paper boat on a river`,
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    images: [],
  };
  const answer = await fetch(`${base}/`, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
    },
    body: JSON.stringify([input]),
  });
  await answer.arrayBuffer();
  if (!answer.ok) throw new Error(`submit ${n} answered ${answer.status}`);
}

async function listAll(base: string): Promise<GenerationView[]> {
  const answer = await fetch(`${base}/api/generations?limit=100`);
  return ((await answer.json()) as { generations: GenerationView[] }).generations;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
};

async function benchmark(instances: number, actionId: string) {
  const stack = await Stack.start({ LEASE_MS: "5000" });
  const peers = [];
  try {
    for (let n = 1; n < instances; n += 1) peers.push(await stack.startPeer());
    const bases = [stack.appUrl, ...peers.map((peer) => peer.url)];
    const run = `${instances}-${Date.now()}`;
    await Promise.all(Array.from({ length: TASKS }, (_, n) => submit(bases[n % bases.length] ?? "", actionId, n, run)));

    // Watch as a browser would (each look through the next instance) and note when each result became playable.
    const playableAt = new Map<string, number>();
    const deadline = Date.now() + 15 * 60_000;
    let views: GenerationView[] = [];
    for (let look = 0; playableAt.size < TASKS; look += 1) {
      if (Date.now() > deadline) throw new Error(`only ${playableAt.size}/${TASKS} results after 15 minutes`);
      views = await listAll(bases[look % bases.length] ?? "");
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

const actionId = submitActionId();
const rows = [];
for (const instances of INSTANCE_COUNTS) {
  const row = await benchmark(instances, actionId);
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

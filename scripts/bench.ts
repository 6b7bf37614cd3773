/**
 * `npm run bench`: a benchmark, not a test (nothing here passes or fails; it prints figures for the README's
 * Performance section). Needs a production build (`npm run build`). On one fresh stack (real simulator, real
 * `next start`, SQLite in a new DATA_DIR, signed in as the owner, the way scripts/bench-scale.ts does it):
 *   1. first-load JS per route from the build's stats;
 *   2. Lighthouse mobile on the studio (three real takes) and on a share page;
 *   3. browser API requests per minute with 10 running tasks (stuck in the simulator), server RSS idle and
 *      with 50 pollers repeating what that browser asked for, at its pace;
 *   4. gallery scroll p95 frame time and mounted <video> elements with 2,000 seeded takes.
 * Run it when the machine is quiet: it prints the load average beside the figures.
 */
import fs from "node:fs";
import os from "node:os";
import { callAction } from "./bench-actions";
import { galleryScroll, openBrowser, pollRequests } from "./bench-browser";
import { bundleReport } from "./bench-bundle";
import { lighthouse } from "./bench-lighthouse";

const { Stack } = await import("../e2e/support/stack");
const { SimulatorControl } = await import("../e2e/support/simulator-control");
const { addUser, OWNER, TEST_LIMITS } = await import("../e2e/support/accounts");
const { seedGenerations } = await import("../e2e/support/seed-generations");

const only = new Set((process.env.BENCH_ONLY ?? "bundle,lighthouse,polls,scroll").split(","));
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/** Resident memory of the app server and its children (kB), from /proc. */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const walk = (id: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
    for (const child of children.get(id) ?? []) walk(child);
  };
  walk(pid);
  return total;
}

async function submit(base: string, cookie: string, n: number): Promise<void> {
  const input = {
    draftId: `bench-${Date.now()}-${n}`,
    prompt: `Bench take ${n}: a paper boat on a river`,
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    images: [],
  };
  await callAction(base, cookie, "submitGeneration", input);
}

async function listAll(base: string, cookie: string) {
  const answer = await fetch(`${base}/api/generations?limit=100`, { headers: { cookie } });
  return ((await answer.json()) as { generations: Array<{ id: string; status: string; videoUrl?: string }> })
    .generations;
}

async function until(what: string, check: () => Promise<boolean>, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const report: string[] = [
  `O1 Studio bench, ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
];
const say = (line: string) => {
  report.push(line);
  console.log(line);
};
console.log(report[0]);

if (only.has("bundle")) {
  say("\nFirst-load JS (gzip -9 of each route's first-load chunks, from .next/diagnostics/route-bundle-stats.json)");
  for (const line of bundleReport().lines) say(`  ${line}`);
}

if (["lighthouse", "polls", "scroll"].some((part) => only.has(part))) {
  const stack = await Stack.start();
  const browser = await openBrowser();
  try {
    await addUser(stack, OWNER, { owner: true });
    const signIn = await fetch(`${stack.appUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: stack.appUrl },
      body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
    });
    const pairs = signIn.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
    const cookie = pairs.join("; ");
    const cookies = pairs.map((pair) => ({
      name: pair.slice(0, pair.indexOf("=")),
      value: pair.slice(pair.indexOf("=") + 1),
    }));
    await callAction(stack.appUrl, cookie, "saveLimits", TEST_LIMITS);
    const sim = new SimulatorControl(stack.simulatorUrl);

    for (let n = 0; n < 3; n++) await submit(stack.appUrl, cookie, n);
    await until(
      "three finished takes",
      async () =>
        (await listAll(stack.appUrl, cookie)).filter((g) => g.status === "completed" && g.videoUrl).length === 3,
    );
    const [first] = await listAll(stack.appUrl, cookie);
    const shared = await callAction(stack.appUrl, cookie, "shareGeneration", { generationId: first?.id });
    const shareUrl = /"url":"(http[^"]+\/s\/[^"]+)"/.exec(shared)?.[1];
    if (!shareUrl) throw new Error(`no share URL in ${shared.slice(0, 200)}`);

    if (only.has("lighthouse")) {
      say(
        `\nLighthouse ${JSON.parse(fs.readFileSync("node_modules/lighthouse/package.json", "utf8")).version} mobile (load average ${load()})`,
      );
      for (const [name, url, withCookie] of [
        ["studio", `${stack.appUrl}/`, cookie],
        ["share page", shareUrl, undefined],
      ] as const) {
        const run = await lighthouse(url, withCookie);
        say(
          `  ${name.padEnd(11)} performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}, LCP ${(run.lcpMs / 1000).toFixed(2)} s`,
        );
        say(`      LCP element: ${run.lcpElement.slice(0, 160)}`);
        for (const line of run.failing) say(`      ${line}`);
      }
    }

    if (only.has("polls")) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const idleKb = treeRssKb(stack.appPid ?? 0);
      for (let n = 0; n < 10; n++) await sim.stickNextTask();
      for (let n = 0; n < 10; n++) await submit(stack.appUrl, cookie, 100 + n);
      await until(
        "ten running takes",
        async () =>
          (await listAll(stack.appUrl, cookie)).filter((g) => g.status === "pending" || g.status === "processing")
            .length >= 10,
        60,
      );
      const polls = await pollRequests(browser, stack.appUrl, cookies, 60);
      say(`\nBrowser API requests with 10 running takes (load average ${load()})`);
      say(
        `  ${polls.perMinute.toFixed(1)} per minute: ${Object.entries(polls.byPath)
          .map(([key, count]) => `${key} ×${count}`)
          .join(", ")}`,
      );
      // 50 pollers: each repeats the requests that browser made, at its pace, with the owner's session.
      const interval = 60_000 / Math.max(1, polls.perMinute);
      const urls = polls.urls.filter((line) => line.startsWith("GET ")).map((line) => line.slice(4));
      let stop = false;
      let served = 0;
      const poller = async (offset: number) => {
        await new Promise((resolve) => setTimeout(resolve, (offset * interval) / 50));
        for (let n = offset; !stop; n++) {
          await fetch(`${stack.appUrl}${urls[n % urls.length] ?? "/api/status"}`, { headers: { cookie } })
            .then((r) => r.arrayBuffer())
            .catch(() => null);
          served++;
          await new Promise((resolve) => setTimeout(resolve, interval));
        }
      };
      const running = Array.from({ length: 50 }, (_, n) => poller(n));
      let peakKb = 0;
      for (let sample = 0; sample < 60; sample++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        peakKb = Math.max(peakKb, treeRssKb(stack.appPid ?? 0));
      }
      stop = true;
      await Promise.all(running);
      say(
        `  server RSS idle ${(idleKb / 1024).toFixed(0)} MB; with 50 pollers for 60 s peak ${(peakKb / 1024).toFixed(0)} MB (${served} requests served)`,
      );
    }

    if (only.has("scroll")) {
      await seedGenerations(stack, 2000);
      const scroll = await galleryScroll(browser, stack.appUrl, cookies);
      say(
        `\nGallery with 2,000 seeded takes, 1440×900, ${scroll.frames} frames over ${(scroll.scrolledPx / 1000).toFixed(0)}k px of wheel scrolling (load average ${load()})`,
      );
      say(
        `  frame time p95 ${scroll.p95FrameMs.toFixed(1)} ms (median ${scroll.medianFrameMs.toFixed(1)} ms); most <video> mounted ${scroll.maxVideos}; cards in the DOM at the end ${scroll.cardsInDom}`,
      );
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

say(`\nLoad average at the end: ${load()}`);
if (process.env.BENCH_OUT) fs.writeFileSync(process.env.BENCH_OUT, `${report.join("\n")}\n`);

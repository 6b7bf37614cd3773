/**
 * Lighthouse (the npm package, pinned) on Debian's Chromium: mobile, its default form factor and simulated
 * throttling. The CLI runs in its own process, so its Chrome is its own too. A signed-in page gets the session
 * cookie as an extra header.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; lcpMs: number };
export type LighthouseRun = LighthouseScores & { failing: string[]; lcpElement: string };

type Report = {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<
    string,
    {
      score: number | null;
      scoreDisplayMode: string;
      numericValue?: number;
      title: string;
      details?: { items?: Array<{ node?: { snippet?: string; explanation?: string }; items?: unknown[] }> };
    }
  >;
};

export async function lighthouse(url: string, cookie?: string): Promise<LighthouseRun> {
  const args = [
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const child = spawn(path.join(process.cwd(), "node_modules/.bin/lighthouse"), args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`lighthouse ${url} exited ${code}: ${err.slice(-500)}`);
  const report = JSON.parse(out) as Report;
  // The whole report, for reading what a score is made of (BENCH_LIGHTHOUSE_DIR=/tmp/lh npm run bench).
  const dumpDir = process.env.BENCH_LIGHTHOUSE_DIR;
  if (dumpDir) {
    fs.mkdirSync(dumpDir, { recursive: true });
    fs.writeFileSync(path.join(dumpDir, `${new URL(url).pathname.split("/")[1] || "studio"}.json`), out);
  }
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  // What keeps a category under 100: every weighted audit that did not pass, by title.
  const failing = Object.entries(report.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode !== "notApplicable" && (audit.score ?? 1) < 0.9)
      .map(({ ref, audit }) => {
        // For accessibility and best practices, the elements at fault (what to fix), a few of them.
        const nodes = category === "performance" ? [] : (audit?.details?.items ?? []).slice(0, 4);
        const where = nodes.map((item) => `\n        ${item.node?.snippet ?? JSON.stringify(item).slice(0, 160)}`);
        return `${category}: ${ref.id} (${audit?.score ?? "?"}) ${audit?.title ?? ""}${where.join("")}`;
      }),
  );
  const lcpItems = report.audits["largest-contentful-paint-element"]?.details?.items ?? [];
  const lcpNode = (lcpItems[0]?.items?.[0] as { node?: { snippet?: string } } | undefined)?.node?.snippet;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    failing,
    lcpElement: lcpNode ?? "?",
  };
}

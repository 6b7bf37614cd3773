/**
 * First-load JS per route, from the production build's own stats: Turbopack lists each route's first-load chunks
 * in .next/diagnostics/route-bundle-stats.json; each chunk is gzipped (level 9) and the sizes summed, as a browser
 * would receive them over a compressing connection. Needs `npm run build` first.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

/** The budgets from issue 12 (README, Performance). */
export const JS_BUDGETS_KB: Record<string, number> = { "/": 170, "/s/[slug]": 140 };

export function firstLoadJs(root = process.cwd()): Array<{ route: string; gzipKb: number; budgetKb?: number }> {
  const file = path.join(root, ".next/diagnostics/route-bundle-stats.json");
  if (!fs.existsSync(file)) throw new Error("no .next/diagnostics/route-bundle-stats.json: run npm run build first");
  const stats = JSON.parse(fs.readFileSync(file, "utf8")) as RouteStats[];
  return stats.map(({ route, firstLoadChunkPaths }) => {
    const bytes = firstLoadChunkPaths.reduce(
      (sum, chunk) => sum + gzipSync(fs.readFileSync(path.join(root, chunk)), { level: 9 }).length,
      0,
    );
    return { route, gzipKb: bytes / 1024, budgetKb: JS_BUDGETS_KB[route] };
  });
}

export function bundleReport(): { lines: string[]; overBudget: string[] } {
  const rows = firstLoadJs();
  const overBudget = rows.filter((row) => row.budgetKb !== undefined && row.gzipKb > row.budgetKb).map((r) => r.route);
  const lines = rows.map(
    (row) =>
      `${row.route.padEnd(18)} ${row.gzipKb.toFixed(1).padStart(6)} kB gz` +
      (row.budgetKb === undefined
        ? ""
        : `  (budget ≤ ${row.budgetKb}${row.gzipKb > row.budgetKb ? ", OVER" : ", ok"})`),
  );
  return { lines, overBudget };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(bundleReport().lines.join("\n"));
}

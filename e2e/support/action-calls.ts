import type { Page, Request } from "@playwright/test";

const isAction = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]);

/**
 * Counts the page's server-action calls: the browser's side of a submit, apart from what reaches upstream.
 * `settled` is true once every call has had its answer (or failed), so upstream counts can then be exact.
 */
export function watchActionCalls(page: Page): { count: () => number; settled: () => boolean } {
  let started = 0;
  let finished = 0;
  page.on("request", (request) => {
    if (isAction(request)) started += 1;
  });
  const done = (request: Request) => {
    if (isAction(request)) finished += 1;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return { count: () => started, settled: () => started === finished };
}

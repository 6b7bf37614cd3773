import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimContext } from "./context";
import { serveStoredFile } from "./files";
import { newRequestId } from "./ids";
import { parseFilePath } from "./own-urls";
import { effectiveVariants, type ResultRedirect } from "./variants";

const hopPattern = /^\/hop\/(\d{1,2})(\/f\/(?:image|video)\/[^/]+)$/;

function requestHost(req: IncomingMessage): string {
  return (req.headers.host ?? "").toLowerCase();
}

function variantsFor(ctx: SimContext, kind: "image" | "video", name: string) {
  const taskId = ctx.files.resultTask(kind, name);
  const task = taskId === undefined ? undefined : ctx.store.get(taskId);
  return task === undefined ? undefined : effectiveVariants(ctx.variants, task.variants);
}

function redirectFor(ctx: SimContext, kind: "image" | "video", name: string): ResultRedirect | null {
  return variantsFor(ctx, kind, name)?.result_redirect ?? null;
}

/** A result video of a task with `download_ms` comes slowly (wherever it is served from). */
function spreadFor(ctx: SimContext, kind: "image" | "video", name: string): number {
  return kind === "video" ? (variantsFor(ctx, kind, name)?.download_ms ?? 0) : 0;
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { Location: location, "Content-Length": "0", "Cache-Control": "no-store" });
  res.end();
}

/**
 * `/f/...` on the main listener. With a `result_redirect` variant, result files answer with a redirect chain:
 * `hops - 1` steps through `/hop/N/...` on this host, then one to the target host (by default the mirror
 * listener under the name `localhost`), which serves the file. A request that already arrived under the
 * target's host name is served, so a target on this same listener cannot loop.
 */
export async function handleFileRequest(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  const hop = hopPattern.exec(pathname);
  const filePath = hop?.[2] ?? pathname;
  const file = parseFilePath(filePath);
  if (file === null) return false;
  // Logged like API calls (the Host header says which listener), so tests can see a copy's whole path.
  ctx.requests.record(req, res, newRequestId(), pathname);
  const rule = redirectFor(ctx, file.kind, file.name);
  const target = rule === null ? null : new URL(rule.target ?? ctx.mirrorOrigin());
  if (rule === null || target === null || target.host === requestHost(req)) {
    await serveStoredFile(ctx.files, req, res, file.kind, file.name, {
      spreadMs: spreadFor(ctx, file.kind, file.name),
    });
    return true;
  }
  req.resume();
  const remaining = hop === null ? rule.hops - 1 : Number(hop[1]) - 1;
  const location =
    remaining > 0 ? `http://${requestHost(req)}/hop/${remaining}${filePath}` : `${target.origin}${filePath}`;
  redirect(res, rule.status, location);
  return true;
}

/** The mirror listener: result files only, never redirected (it is where redirects end). */
export async function handleMirrorRequest(ctx: SimContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://mirror.invalid");
  const file = parseFilePath(url.pathname);
  if (file === null) {
    req.resume();
    res.writeHead(404, { "Content-Type": "text/plain", "Content-Length": "9" });
    res.end("not found");
    return;
  }
  ctx.requests.record(req, res, newRequestId(), url.pathname);
  await serveStoredFile(ctx.files, req, res, file.kind, file.name, { spreadMs: spreadFor(ctx, file.kind, file.name) });
}

import { mkdir, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { SimContext } from "./context";
import { faultRequestSchema } from "./faults";
import { readBody, sendJson } from "./http";

const expireSchema = z.object({
  task_id: z.string().min(1).optional(),
  uploads: z.boolean().default(false),
  videos: z.boolean().default(true),
});

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const read = await readBody(req, 64 * 1024);
  if (!read.ok) return { ok: false, message: "body too large" };
  const text = read.body.toString("utf8").trim();
  if (text === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "body must be JSON" };
  }
}

function badRequest(res: ServerResponse, message: string): void {
  sendJson(res, 400, { ok: false, error: message });
}

async function expire(ctx: SimContext, res: ServerResponse, input: z.infer<typeof expireSchema>): Promise<void> {
  let videos = 0;
  if (input.videos) {
    const targets = input.task_id === undefined ? ctx.store.all() : [ctx.store.get(input.task_id)];
    if (targets[0] === undefined && input.task_id !== undefined)
      return sendJson(res, 404, { ok: false, error: "task not found" });
    for (const task of targets) {
      if (task === undefined || task.expired) continue;
      await ctx.store.update(task.id, (current) => ({ ...current, expired: true }));
      videos++;
    }
  }
  const images = input.uploads ? await ctx.files.expireUploads() : 0;
  sendJson(res, 200, { ok: true, expired: { videos, images } });
}

/** Forgets tasks (and their videos), faults, logged requests and idempotency keys; uploads stay. */
async function reset(ctx: SimContext): Promise<void> {
  await ctx.renders.cancelAll();
  await ctx.store.clear();
  await rm(ctx.files.paths.videos, { recursive: true, force: true });
  await mkdir(ctx.files.paths.videos, { recursive: true });
  ctx.faults.clear();
  ctx.requests.clear();
  ctx.idempotency.clear();
}

/** Test control API: no auth, JSON in and out, never part of the APIMart surface. */
export async function handleControl(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const route = `${req.method ?? "GET"} ${url.pathname.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__sim/health":
      return sendJson(res, 200, { ok: true });
    case "GET /__sim/faults":
      return sendJson(res, 200, ctx.faults.snapshot());
    case "DELETE /__sim/faults":
      ctx.faults.clear();
      return sendJson(res, 200, { ok: true });
    case "GET /__sim/requests":
      return sendJson(res, 200, ctx.requests.list());
    case "DELETE /__sim/requests":
      ctx.requests.clear();
      return sendJson(res, 200, { ok: true });
    case "POST /__sim/reset":
      req.resume();
      await reset(ctx);
      return sendJson(res, 200, { ok: true });
    case "POST /__sim/faults":
    case "POST /__sim/expire": {
      const body = await readJson(req);
      if (!body.ok) return badRequest(res, body.message);
      if (route === "POST /__sim/expire") {
        const input = expireSchema.safeParse(body.value);
        return input.success ? expire(ctx, res, input.data) : badRequest(res, z.prettifyError(input.error));
      }
      const fault = faultRequestSchema.safeParse(body.value);
      if (!fault.success) return badRequest(res, z.prettifyError(fault.error));
      ctx.faults.add(fault.data);
      return sendJson(res, 200, { ok: true, faults: ctx.faults.snapshot() });
    }
    default:
      req.resume();
      return sendJson(res, 404, { ok: false, error: `unknown control route ${route}` });
  }
}

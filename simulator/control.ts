import { mkdir, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { balancePatchSchema } from "./balance";
import type { SimContext } from "./context";
import { cancel, changeVariants, expire, expireSchema, forget, showVariants, taskIdSchema } from "./control-tasks";
import { faultRequestSchema } from "./faults";
import { readBody, sendJson } from "./http";
import { defaultVariants, variantsPatchSchema } from "./variants";

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

/** Forgets tasks (and their files), faults, logged requests, idempotency keys, variants and the balance; uploads stay. */
async function reset(ctx: SimContext): Promise<void> {
  await ctx.renders.cancelAll();
  await ctx.store.clear();
  for (const dir of [ctx.files.paths.videos, ctx.files.paths.thumbnails]) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  }
  ctx.faults.clear();
  ctx.requests.clear();
  ctx.idempotency.clear();
  ctx.variants = defaultVariants;
  ctx.balance.reset();
}

type Handler = (ctx: SimContext, res: ServerResponse, body: unknown, url: URL) => Promise<void> | void;

/** Parses the JSON body with `schema`, answering 400 with zod's explanation when it does not fit. */
function withBody<T>(
  schema: z.ZodType<T>,
  run: (ctx: SimContext, res: ServerResponse, input: T) => Promise<void> | void,
): Handler {
  return (ctx, res, body) => {
    const input = schema.safeParse(body);
    return input.success ? run(ctx, res, input.data) : badRequest(res, z.prettifyError(input.error));
  };
}

const bodyRoutes: Record<string, Handler> = {
  "POST /__sim/faults": withBody(faultRequestSchema, (ctx, res, fault) => {
    ctx.faults.add(fault);
    sendJson(res, 200, { ok: true, faults: ctx.faults.snapshot() });
  }),
  "POST /__sim/expire": withBody(expireSchema, expire),
  "POST /__sim/forget": withBody(taskIdSchema, (ctx, res, input) => forget(ctx, res, input.task_id)),
  "POST /__sim/cancel": withBody(taskIdSchema, (ctx, res, input) => cancel(ctx, res, input.task_id)),
  "PUT /__sim/variants": withBody(variantsPatchSchema, changeVariants),
  "PUT /__sim/balance": withBody(balancePatchSchema, (ctx, res, patch) => {
    ctx.balance.apply(patch, Date.now());
    sendJson(res, 200, { ok: true, balance: ctx.balance.answer(Date.now()) });
  }),
};

const plainRoutes: Record<string, Handler> = {
  "GET /__sim/health": (_ctx, res) => sendJson(res, 200, { ok: true }),
  "GET /__sim/info": (ctx, res) =>
    sendJson(res, 200, { ok: true, public_url: ctx.publicUrl(), mirror_url: ctx.mirrorOrigin() }),
  "GET /__sim/faults": (ctx, res) => sendJson(res, 200, ctx.faults.snapshot()),
  "DELETE /__sim/faults": (ctx, res) => {
    ctx.faults.clear();
    sendJson(res, 200, { ok: true });
  },
  "GET /__sim/requests": (ctx, res) => sendJson(res, 200, ctx.requests.list()),
  "DELETE /__sim/requests": (ctx, res) => {
    ctx.requests.clear();
    sendJson(res, 200, { ok: true });
  },
  "POST /__sim/reset": async (ctx, res) => {
    await reset(ctx);
    sendJson(res, 200, { ok: true });
  },
  "GET /__sim/variants": (ctx, res, _body, url) => showVariants(ctx, res, url.searchParams.get("task_id")),
  "DELETE /__sim/variants": (ctx, res) => {
    ctx.variants = defaultVariants;
    sendJson(res, 200, { ok: true, variants: ctx.variants });
  },
  "GET /__sim/balance": (ctx, res) => sendJson(res, 200, { ok: true, balance: ctx.balance.answer(Date.now()) }),
};

/** Test control API: no auth, JSON in and out, never part of the APIMart surface. */
export async function handleControl(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const route = `${req.method ?? "GET"} ${url.pathname.replace(/\/+$/, "")}`;
  const withJson = bodyRoutes[route];
  if (withJson !== undefined) {
    const body = await readJson(req);
    return body.ok ? withJson(ctx, res, body.value, url) : badRequest(res, body.message);
  }
  req.resume();
  const plain = plainRoutes[route];
  if (plain !== undefined) return plain(ctx, res, undefined, url);
  return sendJson(res, 404, { ok: false, error: `unknown control route ${route}` });
}

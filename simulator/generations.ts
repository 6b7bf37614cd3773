import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimContext } from "./context";
import {
  bodyTooLargeError,
  idempotencyError,
  idempotencyMessages,
  imageCountError,
  insufficientBalanceError,
  validationError,
} from "./errors";
import { sendFault } from "./fault-answers";
import type { HttpFault } from "./faults";
import { headerValue, readBody, sendJson } from "./http";
import { fingerprint, idempotencyKeyPattern } from "./idempotency";
import { newTaskId } from "./ids";
import type { LoggedRequest } from "./request-log";
import type { TaskRecord } from "./task-record";
import { validateGeneration } from "./validate-generation";

const maxJsonBytes = 1024 * 1024;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Validates, creates the task and starts its render; the answer is the classic submit shape. */
async function createTask(ctx: SimContext, body: unknown): Promise<{ status: number; body: unknown }> {
  const limit = ctx.variants.image_limit;
  const atSubmit = limit.stage === "submit";
  const result = validateGeneration(body, atSubmit ? { max: limit.max, maxWithVideo: limit.max_with_video } : null);
  if (!result.ok) return { status: 400, body: validationError(result.param, result.message) };
  const now = Date.now();
  if (!ctx.balance.covers(result.value, now)) return { status: 402, body: insufficientBalanceError };
  const withVideo = result.value.video !== null;
  const allowed = withVideo ? limit.max_with_video : limit.max;
  // Kling refuses inputs during the task, not at submit (§12): a too-long image list becomes a failed task.
  const tooManyImages = !atSubmit && result.value.image_urls.length > allowed;
  const fate = ctx.faults.takeTaskFate();
  const forcedError = tooManyImages ? imageCountError(allowed, withVideo) : fate.error;
  const task: TaskRecord = {
    id: newTaskId(now),
    createdMs: now,
    taskMs: ctx.taskMs,
    request: result.value,
    forcedError,
    stuck: fate.stuck,
    cancelAtDue: fate.cancel,
    cancelledMs: null,
    render: forcedError === null ? { status: "queued" } : { status: "skipped" },
    expired: false,
    expiredStatus: 404,
    linkVersion: 0,
    variants: {},
  };
  await ctx.store.save(task);
  if (forcedError === null) ctx.renders.enqueue(task.id);
  return { status: 200, body: { code: 200, data: [{ status: "submitted", task_id: task.id }] } };
}

/**
 * A submit that was carried out and then answered with a fault (`stage: "after"`): the task exists and is
 * charged, but the client never learns its id — the case an Idempotency-Key retry must recover.
 */
function answer(
  ctx: SimContext,
  res: ServerResponse,
  entry: LoggedRequest,
  result: { status: number; body: unknown },
  after: HttpFault | undefined,
): Promise<void> | void {
  if (after === undefined || result.status !== 200) return sendJson(res, result.status, result.body);
  entry.fault = `${after.fault} (after the task was created)`;
  return sendFault(after, res, entry.request_id, ctx.closing);
}

export async function handleSubmit(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  entry: LoggedRequest,
  apiKey: string,
  after?: HttpFault,
): Promise<void> {
  const read = await readBody(req, maxJsonBytes);
  if (!read.ok) return sendJson(res, 413, bodyTooLargeError(maxJsonBytes));
  const text = read.body.toString("utf8");
  const parsed = parseJson(text);
  entry.body = parsed.ok ? parsed.value : text;
  if (!parsed.ok) return sendJson(res, 400, validationError("", "request body must be valid JSON"));

  const key = headerValue(req, "idempotency-key");
  if (key === undefined) return answer(ctx, res, entry, await createTask(ctx, parsed.value), after);
  if (!idempotencyKeyPattern.test(key)) {
    return sendJson(
      res,
      400,
      validationError("Idempotency-Key", "Idempotency-Key must be 1 to 191 visible ASCII characters"),
    );
  }
  // Keys are scoped per API key, as a shared gateway would have to.
  const decision = ctx.idempotency.begin(apiKey, key, fingerprint(parsed.value));
  if (decision.kind === "replay") return sendJson(res, 200, decision.body, { "Idempotency-Replayed": "true" });
  if (decision.kind === "conflict") {
    const code = "idempotency_key_reused";
    return sendJson(res, 409, idempotencyError(code, idempotencyMessages[code]));
  }
  if (decision.kind === "in_progress") {
    const code = "idempotency_in_progress";
    return sendJson(res, 409, idempotencyError(code, idempotencyMessages[code]), { "Retry-After": "1" });
  }
  try {
    const result = await createTask(ctx, parsed.value);
    if (result.status === 200) ctx.idempotency.finish(apiKey, key, result.body);
    else ctx.idempotency.abandon(apiKey, key);
    return answer(ctx, res, entry, result, after);
  } catch (error) {
    ctx.idempotency.abandon(apiKey, key);
    throw error;
  }
}

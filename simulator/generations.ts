import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimContext } from "./context";
import { bodyTooLargeError, idempotencyError, validationError } from "./errors";
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
  const result = validateGeneration(body);
  if (!result.ok) return { status: 400, body: validationError(result.param, result.message) };
  const now = Date.now();
  const forcedError = ctx.faults.takeTaskError() ?? null;
  const task: TaskRecord = {
    id: newTaskId(now),
    createdMs: now,
    taskMs: ctx.taskMs,
    request: result.value,
    forcedError,
    stuck: ctx.faults.takeStuck(),
    render: forcedError === null ? { status: "queued" } : { status: "skipped" },
    expired: false,
  };
  await ctx.store.save(task);
  if (forcedError === null) ctx.renders.enqueue(task.id);
  return { status: 200, body: { code: 200, data: [{ status: "submitted", task_id: task.id }] } };
}

export async function handleSubmit(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  entry: LoggedRequest,
  apiKey: string,
): Promise<void> {
  const read = await readBody(req, maxJsonBytes);
  if (!read.ok) return sendJson(res, 413, bodyTooLargeError(maxJsonBytes));
  const text = read.body.toString("utf8");
  const parsed = parseJson(text);
  entry.body = parsed.ok ? parsed.value : text;
  if (!parsed.ok) return sendJson(res, 400, validationError("", "request body must be valid JSON"));

  const key = headerValue(req, "idempotency-key");
  if (key === undefined) {
    const answer = await createTask(ctx, parsed.value);
    return sendJson(res, answer.status, answer.body);
  }
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
    return sendJson(
      res,
      409,
      idempotencyError("idempotency_key_reused", "Idempotency-Key was already used with a different request body"),
    );
  }
  if (decision.kind === "in_progress") {
    return sendJson(
      res,
      409,
      idempotencyError("idempotency_in_progress", "a request with this Idempotency-Key is still being processed"),
      {
        "Retry-After": "1",
      },
    );
  }
  try {
    const answer = await createTask(ctx, parsed.value);
    if (answer.status === 200) ctx.idempotency.finish(apiKey, key, answer.body);
    else ctx.idempotency.abandon(apiKey, key);
    sendJson(res, answer.status, answer.body);
  } catch (error) {
    ctx.idempotency.abandon(apiKey, key);
    throw error;
  }
}

import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type ApiErrorBody,
  badGatewayError,
  buildRequestFailedError,
  gatewayTimeoutError,
  idempotencyError,
  idempotencyMessages,
  imageCountError,
  insufficientBalanceError,
  internalError,
  invalidKeyError,
  permissionError,
  rateLimitError,
  serviceUnavailableError,
} from "./errors";
import type { HttpFault, StatusFault } from "./faults";
import { discardBody, sendJson } from "./http";

function statusAnswer(fault: StatusFault, requestId: string): { status: number; body: ApiErrorBody } {
  switch (fault) {
    case "401":
      return { status: 401, body: invalidKeyError(requestId) };
    case "402":
      return { status: 402, body: insufficientBalanceError };
    case "403":
      return { status: 403, body: permissionError };
    case "429":
      return { status: 429, body: rateLimitError };
    case "500":
      return { status: 500, body: internalError };
    case "502":
      return { status: 502, body: badGatewayError };
    case "503":
      return { status: 503, body: serviceUnavailableError };
    case "build_request_failed":
      return { status: 500, body: buildRequestFailedError };
    case "image_count":
      return { status: 400, body: { error: imageCountError(2, false) } };
    case "idempotency_unavailable":
      return { status: 503, body: idempotencyError(fault, idempotencyMessages[fault]) };
    default:
      return { status: 409, body: idempotencyError(fault, idempotencyMessages[fault]) };
  }
}

/** Status and body of a non-hanging fault, with the `error` override applied. */
export function faultAnswer(fault: HttpFault, requestId: string): { status: number; body: unknown } {
  const base =
    fault.fault === "custom" || fault.fault === "hang" || fault.fault === "drop"
      ? { status: fault.status ?? 500, body: internalError }
      : statusAnswer(fault.fault, requestId);
  return { status: base.status, body: fault.error === undefined ? base.body : { error: fault.error } };
}

function retryHeaders(fault: HttpFault): Record<string, string> {
  return fault.retryAfter === undefined ? {} : { "Retry-After": String(fault.retryAfter) };
}

/**
 * Answers a request with an injected fault. `hang` keeps the request open until the client gives up,
 * the hang time ends (then a gateway-style 504, like a proxy timing out) or the simulator closes; `drop`
 * closes the connection without any answer. The request body must already be consumed or discarded.
 */
export async function sendFault(
  fault: HttpFault,
  res: ServerResponse,
  requestId: string,
  closing: AbortSignal,
): Promise<void> {
  if (fault.fault === "drop") {
    res.socket?.destroy();
    return;
  }
  if (fault.fault !== "hang") {
    const { status, body } = faultAnswer(fault, requestId);
    return sendJson(res, status, body, retryHeaders(fault));
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(finish, fault.hangMs);
    res.on("close", finish);
    closing.addEventListener("abort", finish);
    function finish(): void {
      clearTimeout(timer);
      res.off("close", finish);
      closing.removeEventListener("abort", finish);
      resolve();
    }
  });
  if (!res.writableEnded && !res.destroyed) sendJson(res, 504, gatewayTimeoutError, retryHeaders(fault));
}

/** A fault answered before the endpoint runs: the body is drained unread. */
export function answerWithFault(
  fault: HttpFault,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  closing: AbortSignal,
): Promise<void> {
  discardBody(req);
  return sendFault(fault, res, requestId, closing);
}

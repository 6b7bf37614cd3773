/**
 * Error bodies exactly as APIMart sends them. Two families exist in the wild: the documented
 * `{code:int,...}` form and the gateway's `{code:"",param:"",type:"apimart_error"}` form; the simulator
 * emits both (where the real service does) so clients get hardened against either.
 */
export interface ApiError {
  code?: number | string;
  message: string;
  type: string;
  param?: string;
}

export interface ApiErrorBody {
  error: ApiError;
}

export function missingKeyError(requestId: string): ApiErrorBody {
  return { error: { message: `API key is required (request id: ${requestId})`, type: "apimart_error" } };
}

export function invalidKeyError(requestId: string): ApiErrorBody {
  return {
    error: { code: "", message: `invalid API key (request id: ${requestId})`, param: "", type: "apimart_error" },
  };
}

export function validationError(param: string, message: string): ApiErrorBody {
  return { error: { code: 400, message, type: "invalid_request_error", param } };
}

export const insufficientBalanceError: ApiErrorBody = {
  error: { code: 402, message: "Insufficient balance", type: "payment_required" },
};

export const rateLimitError: ApiErrorBody = {
  error: { code: 429, message: "Rate limit exceeded. Please try again later", type: "rate_limit_error" },
};

export const internalError: ApiErrorBody = {
  error: { code: 500, message: "internal error", type: "server_error" },
};

export const gatewayTimeoutError: ApiErrorBody = {
  error: { code: 504, message: "gateway timeout", type: "server_error" },
};

export const taskNotFoundError: ApiErrorBody = {
  error: { code: 404, message: "task not found", type: "not_found_error" },
};

export function routeNotFoundError(method: string, path: string): ApiErrorBody {
  return { error: { code: "", message: `Invalid URL (${method} ${path})`, param: "", type: "invalid_request_error" } };
}

export function bodyTooLargeError(limit: number): ApiErrorBody {
  return { error: { code: 413, message: `request body exceeds ${limit} bytes`, type: "invalid_request_error" } };
}

export function idempotencyError(
  code: "idempotency_key_reused" | "idempotency_in_progress",
  message: string,
): ApiErrorBody {
  return { error: { code, message, type: "invalid_request_error" } };
}

/** Upload errors carry no `code`, as on the real upload endpoint. */
export function uploadError(message: string): ApiErrorBody {
  return { error: { message, type: "invalid_request_error" } };
}

export const fileNotFoundError: ApiErrorBody = { error: { message: "file not found", type: "not_found_error" } };

/** `error` objects of failed tasks. */
export const renderFailedTaskError: ApiError = { code: 500, message: "video render failed", type: "server_error" };

export const defaultForcedTaskError: ApiError = {
  code: "task_failed",
  message: "Video generation failed: content moderation",
  type: "task_failed",
  param: "",
};

export function inputVideoTaskError(reason: string): ApiError {
  return {
    code: 400,
    message: `video_list[0].video_url could not be read as a video: ${reason}`,
    type: "invalid_request_error",
  };
}

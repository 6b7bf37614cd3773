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

/** A failed task's `error`: APIMart documents objects, and Kling failures can arrive as a bare string (§12). */
export type TaskError = ApiError | string;

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

/** The task page's other answer for an unknown or expired id (§4.3: 400 `invalid_request_error`). */
export const taskNotFound400Error: ApiErrorBody = {
  error: { code: 400, message: "task does not exist or has expired", type: "invalid_request_error", param: "task_id" },
};

export const permissionError: ApiErrorBody = {
  error: {
    code: 403,
    message: "this API key is not allowed to use model kling-video-o1 or to call from this IP address",
    type: "permission_error",
  },
};

export const badGatewayError: ApiErrorBody = { error: { code: 502, message: "bad gateway", type: "bad_gateway" } };

export const serviceUnavailableError: ApiErrorBody = {
  error: { code: 503, message: "service temporarily unavailable", type: "service_unavailable" },
};

/** gpt-image-2 reports some parameter errors as 500 with this prefix (§6). */
export const buildRequestFailedError: ApiErrorBody = {
  error: {
    code: 500,
    message: "build_request_failed: invalid parameter image_urls for model kling-video-o1",
    type: "server_error",
  },
};

export function imageCountError(limit: number, withVideo: boolean): ApiError {
  return {
    code: 400,
    message: `image_urls accepts at most ${limit} images${withVideo ? " when video_list is set" : ""}`,
    type: "invalid_request_error",
    param: "image_urls",
  };
}

export function routeNotFoundError(method: string, path: string): ApiErrorBody {
  return { error: { code: "", message: `Invalid URL (${method} ${path})`, param: "", type: "invalid_request_error" } };
}

export function bodyTooLargeError(limit: number): ApiErrorBody {
  return { error: { code: 413, message: `request body exceeds ${limit} bytes`, type: "invalid_request_error" } };
}

export type IdempotencyCode =
  | "idempotency_key_reused"
  | "idempotency_in_progress"
  | "idempotency_result_indeterminate"
  | "idempotency_unavailable";

export function idempotencyError(code: IdempotencyCode, message: string): ApiErrorBody {
  return { error: { code, message, type: "invalid_request_error" } };
}

export const idempotencyMessages: Record<IdempotencyCode, string> = {
  idempotency_key_reused: "Idempotency-Key was already used with a different request body",
  idempotency_in_progress: "a request with this Idempotency-Key is still being processed",
  idempotency_result_indeterminate: "the result of the request with this Idempotency-Key could not be determined",
  idempotency_unavailable: "idempotency service unavailable; the request was not executed",
};

/** Upload errors carry no `code`, as on the real upload endpoint. */
export function uploadError(message: string): ApiErrorBody {
  return { error: { message, type: "invalid_request_error" } };
}

export const fileNotFoundError: ApiErrorBody = { error: { message: "file not found", type: "not_found_error" } };
export const fileGoneError: ApiErrorBody = { error: { message: "file expired", type: "not_found_error" } };

/** `error` objects of failed tasks. */
export const renderFailedTaskError: ApiError = { code: 500, message: "video render failed", type: "server_error" };

export const defaultForcedTaskError: ApiError = {
  code: "task_failed",
  message: "Video generation failed: content moderation",
  type: "task_failed",
  param: "",
};

/** Kling refuses inputs it cannot use as failed tasks (§12), in the newer webhook page's error form. */
export function klingInputError(message: string): ApiError {
  return { code: "task_failed", message, type: "task_failed", param: "" };
}

export const imagePixelInvalidMessage = "Image pixel is invalid";
export const imageDownloadFailedMessage = "Image download failed";

export function inputVideoTaskError(reason: string): ApiError {
  return {
    code: 400,
    message: `video_list[0].video_url could not be read as a video: ${reason}`,
    type: "invalid_request_error",
  };
}

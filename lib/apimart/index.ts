/**
 * Public surface of the APIMart adapter. Configuration (key, base URL) is passed in by the caller;
 * this module never reads the environment. Prices live in `./prices` (pure, importable by the browser).
 */
export {
  ApimartError,
  type IdempotencyConflict,
  type ImageLimitRejection,
  idempotencyConflictOf,
} from "./apimart-error";
export { createApimartClient, DEFAULT_TIMEOUTS_MS, MAX_UPLOAD_BYTES } from "./client";
export { shellQuote, toCurl, type UpstreamTarget } from "./curl";
export { type ApimartOperation, classifyTaskFailure, mapHttpError } from "./map-error";
export { parseRetryAfter } from "./retry-after";
export { generationRequestSchema } from "./schemas";
export type {
  ApimartClient,
  ApimartClientOptions,
  ApimartTimeouts,
  Balance,
  BalanceScope,
  GenerationRequest,
  SubmitResult,
  TaskError,
  TaskStatus,
  UploadedImage,
  UpstreamTask,
} from "./types";
export { GENERATIONS_PATH, generationsUrl, MODEL, toGenerationRequest, type WireSource } from "./wire";

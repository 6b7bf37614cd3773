import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { type ApimartOperation, type HttpErrorContext, mapHttpError, readVendorError } from "./map-error";
import { toBalance, toUpstreamTask } from "./normalize";
import {
  balanceResponseSchema,
  generationRequestSchema,
  isHttpUrl,
  submitResponseSchema,
  taskResponseSchema,
  uploadResponseSchema,
} from "./schemas";
import { redactSecrets, truncate } from "./text";
import type {
  ApimartClient,
  ApimartClientOptions,
  ApimartTimeouts,
  Balance,
  BalanceScope,
  GenerationRequest,
  SubmitResult,
  UploadedImage,
  UpstreamTask,
} from "./types";

export const DEFAULT_TIMEOUTS_MS: ApimartTimeouts = { submit: 30_000, poll: 15_000, upload: 60_000 };
/** APIMart's documented upload limit; checked locally to save a 20 MB round trip that would fail anyway. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** APIMart's documented Idempotency-Key format. */
const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,191}$/;

type CallInit = {
  method: "GET" | "POST";
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Facts about the request that make its errors clearer (e.g. how many images were sent). */
  errorContext?: Omit<HttpErrorContext, "operation" | "retryAfter">;
};

type RawResponse = { status: number; headers: Headers; text: string; body: unknown; init: CallInit };

/** Accepts the base URL with or without a trailing slash or `/v1`, since every path below starts with /v1. */
function normalizeBaseUrl(baseUrl: string): string | undefined {
  const trimmed = baseUrl.trim().replace(/\/+$/, "").replace(/\/v1$/, "");
  return isHttpUrl(trimmed) ? trimmed : undefined;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const causeText =
    cause instanceof Error
      ? ` (cause: ${"code" in cause && typeof cause.code === "string" ? `${cause.code} ` : ""}${cause.message})`
      : "";
  return `${error.name}: ${error.message}${causeText}`;
}

export function createApimartClient(options: ApimartClientOptions): ApimartClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeouts: ApimartTimeouts = {
    submit: options.timeoutMs?.submit ?? DEFAULT_TIMEOUTS_MS.submit,
    poll: options.timeoutMs?.poll ?? DEFAULT_TIMEOUTS_MS.poll,
    upload: options.timeoutMs?.upload ?? DEFAULT_TIMEOUTS_MS.upload,
  };
  const redact = (text: string) => redactSecrets(text, [options.apiKey]);

  async function request(operation: ApimartOperation, path: string, init: CallInit): Promise<RawResponse> {
    // Checked per call, not at construction, so a misconfigured server still boots and reports a clear error.
    if (options.apiKey.trim() === "") {
      throw new AppError("auth", undefined, { detail: "APIMart API key is empty" });
    }
    const base = normalizeBaseUrl(options.baseUrl);
    if (base === undefined) {
      throw new AppError("internal", undefined, { detail: "APIMart base URL is not an http(s) URL" });
    }

    const headers: Record<string, string> = {
      Authorization: `Bearer ${options.apiKey}`,
      Accept: "application/json",
      ...init.headers,
    };
    let body: string | FormData | undefined;
    if (init.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(init.json);
    } else if (init.form !== undefined) {
      // No Content-Type: fetch must set the multipart boundary itself.
      body = init.form;
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, init.timeoutMs);

    const fail = (error: unknown, stage: string): AppError =>
      timedOut
        ? new AppError("timeout", undefined, {
            detail: `APIMart ${operation} timed out after ${init.timeoutMs} ms (${stage})`,
          })
        : new AppError("network", undefined, {
            detail: redact(`APIMart ${operation} ${stage} failed: ${describeFailure(error)}`),
            cause: error,
          });

    let response: Response;
    let text: string;
    try {
      try {
        response = await fetchImpl(`${base}${path}`, { method: init.method, headers, body, signal: controller.signal });
      } catch (error) {
        throw fail(error, "request");
      }
      try {
        text = await response.text();
      } catch (error) {
        throw fail(error, "reading the response");
      }
    } finally {
      clearTimeout(timer);
    }

    if (response.status < 200 || response.status > 299) {
      throw mapHttpError(response.status, redact(text), {
        ...init.errorContext,
        operation,
        retryAfter: response.headers.get("retry-after"),
      });
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError("upstream", undefined, {
        status: response.status,
        detail: `APIMart ${operation} HTTP ${response.status} body is not JSON: ${truncate(redact(text))}`,
      });
    }
    return { status: response.status, headers: response.headers, text, body: parsed, init };
  }

  /** Validates a 2xx body; an error envelope inside a 2xx is mapped like the HTTP error it describes. */
  function parseAs<T>(schema: z.ZodType<T>, raw: RawResponse, operation: ApimartOperation): T {
    const result = schema.safeParse(raw.body);
    if (result.success) return result.data;

    const safeText = redact(raw.text);
    const vendorError = readVendorError(raw.text);
    if (vendorError !== undefined) {
      // Gateways sometimes wrap a refusal in HTTP 200; its own code is the best status we have.
      const code = Number(vendorError.code);
      const status = Number.isInteger(code) && code >= 400 && code <= 599 ? code : 502;
      throw mapHttpError(status, safeText, {
        ...raw.init.errorContext,
        operation,
        retryAfter: raw.headers.get("retry-after"),
      });
    }
    throw new AppError("upstream", undefined, {
      status: raw.status,
      detail: `APIMart ${operation} HTTP ${raw.status} body has an unexpected shape: ${redact(z.prettifyError(result.error))}; body: ${truncate(safeText)}`,
    });
  }

  return {
    async submitGeneration(body: GenerationRequest, opts?: { idempotencyKey?: string }): Promise<SubmitResult> {
      const checked = generationRequestSchema.safeParse(body);
      if (!checked.success) {
        const first = checked.error.issues[0];
        const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
        throw new AppError("invalid_request", `The request is not valid: ${where}${first?.message ?? "invalid"}`, {
          detail: z.prettifyError(checked.error),
        });
      }
      const headers: Record<string, string> = {};
      const key = opts?.idempotencyKey;
      if (key !== undefined) {
        if (!IDEMPOTENCY_KEY_RE.test(key)) {
          throw new AppError("internal", undefined, {
            detail: "Idempotency-Key must be 1-191 visible ASCII characters",
          });
        }
        headers["Idempotency-Key"] = key;
      }
      const raw = await request("submit", "/v1/videos/generations", {
        method: "POST",
        json: checked.data,
        headers,
        timeoutMs: timeouts.submit,
        errorContext: {
          sentImages: checked.data.image_urls?.length ?? 0,
          withVideo: (checked.data.video_list?.length ?? 0) > 0,
        },
      });
      const { taskId } = parseAs(submitResponseSchema, raw, "submit");
      return { taskId };
    },

    async getTask(taskId: string): Promise<UpstreamTask> {
      if (taskId.trim() === "") {
        throw new AppError("invalid_request", "No task id was given.", { detail: "getTask called with an empty id" });
      }
      // `language=en` asks APIMart to translate error.message, which keeps failure classification and user text in English.
      const raw = await request("poll", `/v1/tasks/${encodeURIComponent(taskId)}?language=en`, {
        method: "GET",
        timeoutMs: timeouts.poll,
      });
      return toUpstreamTask(parseAs(taskResponseSchema, raw, "poll"), taskId);
    },

    async uploadImage(file: Blob, filename: string): Promise<UploadedImage> {
      if (file.size === 0) {
        throw new AppError("invalid_request", "The image file is empty.", { detail: "upload of a 0-byte blob" });
      }
      if (file.size > MAX_UPLOAD_BYTES) {
        throw new AppError("invalid_request", "The image is too large for the video service (limit 20 MB).", {
          detail: `upload of ${file.size} bytes exceeds ${MAX_UPLOAD_BYTES}`,
        });
      }
      const name = filename.trim() || "image";
      const form = new FormData();
      form.append("file", file, name);
      const raw = await request("upload", "/v1/uploads/images", { method: "POST", form, timeoutMs: timeouts.upload });
      const uploaded = parseAs(uploadResponseSchema, raw, "upload");
      return {
        url: uploaded.url,
        filename: uploaded.filename ?? name,
        contentType: uploaded.content_type ?? (file.type || "application/octet-stream"),
        bytes: uploaded.bytes ?? file.size,
        createdAt: uploaded.created_at ?? Math.floor(Date.now() / 1000),
      };
    },

    async getBalance(scope: BalanceScope = "key"): Promise<Balance> {
      const path = scope === "key" ? "/v1/balance" : "/v1/user/balance";
      const raw = await request("balance", path, { method: "GET", timeoutMs: timeouts.poll });
      const answer = toBalance(parseAs(balanceResponseSchema, raw, "balance"));
      if (answer.ok) return answer.balance;
      // §12: a failed balance query is HTTP 200 with success:false; nothing about the key is implied.
      throw new AppError("upstream", "The video service could not report the balance right now.", {
        status: raw.status,
        detail: `APIMart balance ${path} success:false: ${redact(answer.reason)}; body: ${truncate(redact(raw.text))}`,
      });
    },
  };
}

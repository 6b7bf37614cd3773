import { z } from "zod";
import type { GenerationRequest } from "./types";

/*
 * Zod schemas for every APIMart response shape the contract documents (shared/api/apimart-kling-o1.md).
 * Objects are loose so fields APIMart adds later never break parsing. Cosmetic numbers (cost, times,
 * progress) are lenient: a numeric string is accepted and garbage becomes undefined, because a bad cost
 * must not stop us from delivering a finished video. Fields we cannot work without (ids, status, URLs)
 * stay strict so a broken payload surfaces as an upstream error with its detail.
 */

function toFiniteNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Number, numeric string, null or missing → number | undefined. Never fails. */
const lenientNumber = z.unknown().transform(toFiniteNumber).optional();

/** String or missing; anything else (null, numbers) → undefined. Never fails. */
const lenientString = z
  .unknown()
  .transform((value) => (typeof value === "string" ? value : undefined))
  .optional();

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

const httpUrl = z.string().refine(isHttpUrl, "must be an http(s) URL");

// ---------------------------------------------------------------- request

/**
 * The documented submit body, checked before sending so a type-cast slip (e.g. duration "5") fails here
 * with a clear message instead of as a vendor 400. Count limits the contract leaves open (images) are left to APIMart.
 */
export const generationRequestSchema: z.ZodType<GenerationRequest> = z.object({
  model: z.literal("kling-video-o1"),
  prompt: z.string().refine((prompt) => prompt.trim().length > 0, "prompt must not be empty"),
  mode: z.enum(["std", "pro"]).optional(),
  duration: z.union([z.literal(5), z.literal(10)]).optional(),
  aspect_ratio: z.enum(["16:9", "9:16", "1:1"]).optional(),
  image_urls: z.array(httpUrl).optional(),
  video_list: z
    .array(
      z.object({
        video_url: httpUrl,
        refer_type: z.enum(["base", "feature"]),
        keep_original_sound: z.enum(["yes", "no"]),
      }),
    )
    .max(1, "video_list takes at most one video")
    .optional(),
});

// ---------------------------------------------------------------- errors

/** `error.code` is an integer, "", a string code, or missing depending on page and gateway path. */
export const vendorErrorSchema = z.looseObject({
  // Anything else (null, booleans) becomes undefined rather than failing a whole failed-task payload.
  code: z
    .unknown()
    .transform((value) => (typeof value === "number" || typeof value === "string" ? value : undefined))
    .optional(),
  message: lenientString,
  type: lenientString,
  param: z.unknown().optional(),
});

/** Some gateways answer `{"error":"text"}`; treat it as the message so it is not lost. */
const vendorErrorField = z.union([
  vendorErrorSchema,
  z.string().transform((message): z.output<typeof vendorErrorSchema> => ({ message })),
]);

export const errorEnvelopeSchema = z.looseObject({ error: vendorErrorField });

// ---------------------------------------------------------------- submit

const submitItemSchema = z.looseObject({
  task_id: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  status: z.string().optional(),
  object: z.string().optional(),
});

/**
 * Classic `{code:200,data:[{status,task_id}]}`, versioned `{data:{object,id,status}}`, and the 202
 * `{code:202,data:{id}}` replay form all reduce to the task id.
 */
export const submitResponseSchema = z
  .looseObject({
    code: z.union([z.number(), z.string()]).optional(),
    data: z.union([z.tuple([submitItemSchema], submitItemSchema), submitItemSchema]),
    request_id: z.string().optional(),
  })
  .transform((body, ctx) => {
    const item = Array.isArray(body.data) ? body.data[0] : body.data;
    const taskId = item.task_id ?? item.id;
    if (taskId === undefined) {
      ctx.addIssue({ code: "custom", message: "submit response has no task_id or id", path: ["data"] });
      return z.NEVER;
    }
    return { taskId, status: item.status };
  });

// ---------------------------------------------------------------- task

const urlList = z.union([httpUrl, z.array(httpUrl).min(1)]);

export const videoSchema = z.looseObject({
  url: z.union([
    urlList,
    z.looseObject({ url: urlList, duration: lenientNumber, width: lenientNumber, height: lenientNumber }),
  ]),
  expires_at: lenientNumber,
});

export const taskResultSchema = z.looseObject({
  videos: z.array(videoSchema).optional(),
  // Thumbnails are optional decoration: a malformed one is dropped, not fatal.
  thumbnail_url: z
    .unknown()
    .transform((value) => (typeof value === "string" && isHttpUrl(value) ? value : undefined))
    .optional(),
});

export const taskDataSchema = z.looseObject({
  // Missing only in hypothetical payloads; the client falls back to the id it asked for.
  id: z.string().min(1).optional(),
  status: z.string(),
  progress: lenientNumber,
  cost: lenientNumber,
  credits_cost: lenientNumber,
  created: lenientNumber,
  completed: lenientNumber,
  estimated_time: lenientNumber,
  actual_time: lenientNumber,
  result: taskResultSchema.nullish(),
  error: vendorErrorField.nullish(),
});

/** `{code,data:{...}}`, `{code,data:[{...}]}`, or the bare webhook-style object. */
export const taskResponseSchema = z.union([
  z
    .looseObject({
      code: z.union([z.number(), z.string()]).optional(),
      data: z.union([taskDataSchema, z.tuple([taskDataSchema], taskDataSchema)]),
    })
    .transform((body) => (Array.isArray(body.data) ? body.data[0] : body.data)),
  taskDataSchema,
]);

// ---------------------------------------------------------------- upload

export const uploadResponseSchema = z.looseObject({
  url: httpUrl,
  filename: lenientString,
  content_type: lenientString,
  bytes: lenientNumber,
  created_at: lenientNumber,
});

// ---------------------------------------------------------------- balance

/** true/false, "true"/"false", 1/0; anything else → undefined. Never fails. */
const lenientBoolean = z
  .unknown()
  .transform((value) => {
    if (typeof value === "boolean") return value;
    if (value === 1 || value === "1" || value === "true") return true;
    if (value === 0 || value === "0" || value === "false") return false;
    return undefined;
  })
  .optional();

const balanceDataSchema = z.looseObject({
  success: lenientBoolean,
  remain_balance: lenientNumber,
  remain_credits: lenientNumber,
  used_balance: lenientNumber,
  used_credits: lenientNumber,
  unlimited_quota: lenientBoolean,
  message: lenientString,
  msg: lenientString,
  error: vendorErrorField.nullish(),
});

/**
 * `GET /v1/balance` and `/v1/user/balance` (§12): `{success, remain_balance, remain_credits, used_balance,
 * used_credits, unlimited_quota}`, failures as HTTP 200 `{success:false, message}`, unlimited keys as -1.
 * Also accepted inside a `{code, data}` envelope, which APIMart uses everywhere else.
 */
export const balanceResponseSchema = z
  .union([
    z.looseObject({ code: z.unknown().optional(), data: balanceDataSchema }).transform((body) => body.data),
    balanceDataSchema,
  ])
  .refine(
    (body) => body.success !== undefined || body.remain_balance !== undefined || body.unlimited_quota !== undefined,
    "not a balance answer (no success, remain_balance or unlimited_quota)",
  );

export type VendorBalance = z.output<typeof balanceDataSchema>;
export type VendorError = z.output<typeof vendorErrorSchema>;
export type VendorTaskData = z.output<typeof taskDataSchema>;
export type VendorVideo = z.output<typeof videoSchema>;

import { z } from "zod";

/**
 * How the simulator plays the parts of the contract that vary between APIMart's pages, mirrors and gateways
 * (§4.3, §11, §12). Defaults are the current documented shape; tests select the others through
 * `PUT /__sim/variants`, globally or for one task.
 */

const redirectSchema = z.object({
  /** Origin the result files are redirected to; default: the simulator's mirror on `localhost`. */
  target: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "must be an http(s) URL")
    .transform((value) => new URL(value).origin)
    .optional(),
  /** Redirects before the file (a chain through the simulator's own host first). */
  hops: z.number().int().min(1).max(10).default(1),
  status: z.union([z.literal(301), z.literal(302), z.literal(303), z.literal(307), z.literal(308)]).default(302),
});

export type ResultRedirect = z.infer<typeof redirectSchema>;

/** Fields a single task may override (they only change how the task is shown or served). */
export const taskVariantsSchema = z.object({
  /** `result.videos[].url` as a one-element array (current pages), a string (2025 page) or an object. */
  url_shape: z.enum(["array", "string", "object"]),
  /** Adds `result.thumbnail_url` (an older task page), a real JPEG frame of the result. */
  thumbnail: z.boolean(),
  /** Status reported before processing starts: `pending` (task page) or `submitted` (submit answer's word). */
  early_status: z.enum(["pending", "submitted"]),
  /** Failed task `error` as an object or as a bare string (§12). */
  error_shape: z.enum(["object", "string"]),
  /** Result files answer with redirects to another host name; null serves them directly. */
  result_redirect: redirectSchema.nullable(),
  /** A slow file host: the result video's bytes are spread over this many milliseconds (0: at once). */
  download_ms: z.number().int().min(0).max(600_000),
});

const imageLimitSchema = z.object({
  max: z.number().int().min(0).max(50),
  max_with_video: z.number().int().min(0).max(50),
  /** Where a too-long `image_urls` is refused: a 400 at submit, or a failed task (how Kling refuses inputs). */
  stage: z.enum(["submit", "task"]),
});

export const globalVariantsSchema = taskVariantsSchema.extend({
  /** Unknown or forgotten task ids: 404 `not_found_error` or the 400 `invalid_request_error` form (§11 Q11). */
  not_found: z.union([z.literal(404), z.literal(400)]),
  /** Images it cannot fetch or decode: skipped in the render, or the task fails like Kling ("Image pixel is invalid"). */
  bad_inputs: z.enum(["skip", "fail"]),
  image_limit: imageLimitSchema,
});

export type TaskVariants = z.infer<typeof taskVariantsSchema>;
export type GlobalVariants = z.infer<typeof globalVariantsSchema>;

export const defaultVariants: GlobalVariants = {
  url_shape: "array",
  thumbnail: false,
  early_status: "pending",
  error_shape: "object",
  result_redirect: null,
  download_ms: 0,
  not_found: 404,
  bad_inputs: "skip",
  image_limit: { max: 7, max_with_video: 4, stage: "submit" },
};

/** Stored on task records (read back from disk), so every field is optional. */
export const taskOverridesSchema = taskVariantsSchema.partial();
export type TaskOverrides = z.infer<typeof taskOverridesSchema>;

/** A control request: partial, with `null` on a task override meaning "back to the global value". */
export const variantsPatchSchema = z.object({
  task_id: z.string().min(1).optional(),
  url_shape: taskVariantsSchema.shape.url_shape.nullable().optional(),
  thumbnail: z.boolean().nullable().optional(),
  early_status: taskVariantsSchema.shape.early_status.nullable().optional(),
  error_shape: taskVariantsSchema.shape.error_shape.nullable().optional(),
  /** `true`: redirect once to the default target; `false`: serve directly; `null` on a task: use the global value. */
  result_redirect: z.union([redirectSchema, z.boolean()]).nullable().optional(),
  download_ms: taskVariantsSchema.shape.download_ms.nullable().optional(),
  not_found: globalVariantsSchema.shape.not_found.optional(),
  bad_inputs: globalVariantsSchema.shape.bad_inputs.optional(),
  image_limit: imageLimitSchema.partial().optional(),
});

export type VariantsPatch = z.infer<typeof variantsPatchSchema>;

const globalOnly = ["not_found", "bad_inputs", "image_limit"] as const;
const taskFields = ["url_shape", "thumbnail", "early_status", "error_shape", "result_redirect", "download_ms"] as const;

function redirectOf(value: ResultRedirect | boolean | null): ResultRedirect | null {
  if (value === true) return { hops: 1, status: 302 };
  return value === false ? null : value;
}

export function patchGlobal(current: GlobalVariants, patch: VariantsPatch): GlobalVariants {
  const next: GlobalVariants = { ...current, image_limit: { ...current.image_limit, ...patch.image_limit } };
  if (patch.url_shape != null) next.url_shape = patch.url_shape;
  if (patch.thumbnail != null) next.thumbnail = patch.thumbnail;
  if (patch.early_status != null) next.early_status = patch.early_status;
  if (patch.error_shape != null) next.error_shape = patch.error_shape;
  if (patch.result_redirect !== undefined) next.result_redirect = redirectOf(patch.result_redirect);
  if (patch.download_ms != null) next.download_ms = patch.download_ms;
  if (patch.not_found !== undefined) next.not_found = patch.not_found;
  if (patch.bad_inputs !== undefined) next.bad_inputs = patch.bad_inputs;
  return next;
}

/** Per-task fields only; global-only fields in a task patch are an error the caller reports. */
export function patchTask(current: TaskOverrides, patch: VariantsPatch): TaskOverrides | string {
  const misplaced = globalOnly.filter((field) => patch[field] !== undefined);
  if (misplaced.length > 0) return `${misplaced.join(", ")} cannot be set per task`;
  const next: Record<string, unknown> = { ...current };
  for (const field of taskFields) {
    const value = patch[field];
    if (value === undefined) continue;
    if (value === null) delete next[field];
    else next[field] = field === "result_redirect" ? redirectOf(value as ResultRedirect | boolean) : value;
  }
  return taskOverridesSchema.parse(next);
}

/** The variants in force for one task. */
export function effectiveVariants(global: GlobalVariants, overrides: TaskOverrides): TaskVariants {
  return { ...global, ...overrides };
}

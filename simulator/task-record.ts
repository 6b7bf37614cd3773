import { z } from "zod";
import { taskOverridesSchema } from "./variants";

/** Task records are read back from disk on restart, so their shape is a schema, not just a type. */

export const apiErrorSchema = z.object({
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string(),
  type: z.string(),
  param: z.string().optional(),
});

export const generationRequestSchema = z.object({
  model: z.literal("kling-video-o1"),
  prompt: z.string(),
  mode: z.enum(["std", "pro"]),
  duration: z.union([z.literal(5), z.literal(10)]),
  aspect_ratio: z.enum(["16:9", "9:16", "1:1"]),
  image_urls: z.array(z.string()),
  video: z
    .object({
      video_url: z.string(),
      refer_type: z.enum(["base", "feature"]),
      keep_original_sound: z.enum(["yes", "no"]),
    })
    .nullable(),
});

/** A failed task's `error`: an object, or (§12) a bare string. */
export const taskErrorSchema = z.union([apiErrorSchema, z.string().min(1)]);

export type GenerationRequest = z.infer<typeof generationRequestSchema>;

export const renderStateSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("queued") }),
  // Tasks forced to fail never need a video.
  z.object({ status: z.literal("skipped") }),
  z.object({ status: z.literal("done"), file: z.string(), seconds: z.number(), finishedMs: z.number() }),
  z.object({ status: z.literal("failed"), error: taskErrorSchema, finishedMs: z.number() }),
]);

export type RenderState = z.infer<typeof renderStateSchema>;

export const taskRecordSchema = z.object({
  id: z.string(),
  createdMs: z.number(),
  /** Snapshot of the configured task time, so a restart with another setting keeps old timelines. */
  taskMs: z.number(),
  request: generationRequestSchema,
  forcedError: taskErrorSchema.nullable(),
  /** Test fault: the task never finishes (it stays "processing" at 99%). */
  stuck: z.boolean().default(false),
  /** Test fault: the task ends `cancelled` when its time is up. */
  cancelAtDue: z.boolean().default(false),
  /** Cancelled through the control API at this time. */
  cancelledMs: z.number().nullable().default(null),
  render: renderStateSchema,
  expired: z.boolean(),
  /** What an expired result link answers. */
  expiredStatus: z.union([z.literal(404), z.literal(410)]).default(404),
  /** Bumped when a result link is renewed: older links stay dead, the task shows a new one. */
  linkVersion: z.number().int().min(0).default(0),
  variants: taskOverridesSchema.default({}),
});

export type TaskRecord = z.infer<typeof taskRecordSchema>;

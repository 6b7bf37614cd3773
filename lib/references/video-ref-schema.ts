import { z } from "zod";
import { referTypes } from "@/lib/generations/settings";
import { VIDEO_URL_MAX, type VideoCheck, type VideoChoice, type VideoRef } from "./video-ref";

/** The server's rules for reference videos. The browser reads with `readVideoRef` / `readVideoCheck` instead. */
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(VIDEO_URL_MAX);

export const videoCheckSchema = z.object({
  durationSeconds: z.number().positive().max(600),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  fps: z.number().positive().optional(),
  description: z.string().max(200),
  posterUrl: z.string().min(1).optional(),
}) satisfies z.ZodType<VideoCheck>;

export const videoRefSchema = z.object({
  url: httpUrl,
  referType: z.enum(referTypes),
  keepOriginalSound: z.boolean(),
  check: videoCheckSchema.optional(),
}) satisfies z.ZodType<VideoRef>;

export const videoChoiceSchema = videoRefSchema.pick({
  url: true,
  referType: true,
  keepOriginalSound: true,
}) satisfies z.ZodType<VideoChoice>;

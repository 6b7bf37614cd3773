import type { GenerationRequest } from "./task-record";

export type ValidationResult = { ok: true; value: GenerationRequest } | { ok: false; param: string; message: string };

const maxPromptChars = 2500;
const maxImages = 7;
const maxImagesWithVideo = 4;

class FieldError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const protocol = new URL(value).protocol;
  return protocol === "http:" || protocol === "https:";
}

function oneOf<T extends string>(
  body: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  fallback: T,
  prefix = "",
): T {
  const value = body[field];
  if (value === undefined) return fallback;
  const match = allowed.find((candidate) => candidate === value);
  const param = `${prefix}${field}`;
  if (match === undefined) throw new FieldError(param, `${param} must be one of ${allowed.join(", ")}`);
  return match;
}

function readPrompt(body: Record<string, unknown>): string {
  const prompt = body.prompt;
  if (typeof prompt !== "string" || prompt.trim() === "") {
    throw new FieldError("prompt", "prompt is required and must be a non-empty string");
  }
  // Upstream counts characters, not UTF-16 units.
  if ([...prompt].length > maxPromptChars) {
    throw new FieldError("prompt", `prompt must be at most ${maxPromptChars} characters`);
  }
  return prompt;
}

function readDuration(body: Record<string, unknown>): 5 | 10 {
  const value = body.duration;
  if (value === undefined) return 5;
  // A quoted "5" is rejected on purpose: APIMart's kling pages warn it must be a bare number.
  if (value === 5 || value === 10) return value;
  throw new FieldError("duration", "duration must be the integer 5 or 10");
}

function readVideo(body: Record<string, unknown>): GenerationRequest["video"] {
  const list = body.video_list;
  if (list === undefined) return null;
  if (!Array.isArray(list)) throw new FieldError("video_list", "video_list must be an array");
  if (list.length === 0) return null;
  if (list.length > 1) throw new FieldError("video_list", "video_list accepts at most 1 item");
  const item: unknown = list[0];
  if (!isRecord(item)) throw new FieldError("video_list[0]", "video_list[0] must be an object");
  const url = item.video_url;
  if (typeof url !== "string" || url.trim() === "") {
    throw new FieldError(
      "video_list[0].video_url",
      "video_list[0].video_url is required and must be a non-empty string",
    );
  }
  if (!isHttpUrl(url))
    throw new FieldError("video_list[0].video_url", "video_list[0].video_url must be a public http(s) URL");
  return {
    video_url: url,
    refer_type: oneOf(item, "refer_type", ["base", "feature"], "base", "video_list[0]."),
    keep_original_sound: oneOf(item, "keep_original_sound", ["yes", "no"], "no", "video_list[0]."),
  };
}

export type ImageLimits = { max: number; maxWithVideo: number };

const defaultLimits: ImageLimits = { max: maxImages, maxWithVideo: maxImagesWithVideo };

function readImages(
  body: Record<string, unknown>,
  video: GenerationRequest["video"],
  limits: ImageLimits | null,
): string[] {
  const list = body.image_urls;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new FieldError("image_urls", "image_urls must be an array of http(s) URL strings");
  const urls = list.map((entry: unknown, index) => {
    const param = `image_urls[${index}]`;
    if (typeof entry !== "string") throw new FieldError(param, `${param} must be a string URL`);
    if (entry.startsWith("data:")) {
      throw new FieldError(
        param,
        `${param} must be an http(s) URL; data: URLs are not accepted, upload the image first`,
      );
    }
    if (!isHttpUrl(entry)) throw new FieldError(param, `${param} must be a public http(s) URL`);
    return entry;
  });
  const limit = limits === null ? undefined : video === null ? limits.max : limits.maxWithVideo;
  if (limit !== undefined && urls.length > limit) {
    throw new FieldError(
      "image_urls",
      video === null
        ? `image_urls accepts at most ${limit} images`
        : `image_urls accepts at most ${limit} images when video_list is set`,
    );
  }
  if (video?.refer_type === "feature" && urls.length > 1) {
    throw new FieldError(
      "image_urls",
      'image_urls accepts at most 1 image (the first frame) with video_list refer_type "feature"',
    );
  }
  return urls;
}

/**
 * Checks a parsed submit body field by field, answering with the first problem like APIMart does.
 * `limits` null leaves the image count to the task (see the `image_limit` variant).
 */
export function validateGeneration(body: unknown, limits: ImageLimits | null = defaultLimits): ValidationResult {
  try {
    if (!isRecord(body)) throw new FieldError("", "request body must be a JSON object");
    if (body.model === undefined) throw new FieldError("model", "model is required");
    if (body.model !== "kling-video-o1") throw new FieldError("model", 'model must be "kling-video-o1"');
    const prompt = readPrompt(body);
    const mode = oneOf(body, "mode", ["std", "pro"], "std");
    const duration = readDuration(body);
    const aspectRatio = oneOf(body, "aspect_ratio", ["16:9", "9:16", "1:1"], "16:9");
    const video = readVideo(body);
    const imageUrls = readImages(body, video, limits);
    return {
      ok: true,
      value: {
        model: "kling-video-o1",
        prompt,
        mode,
        duration,
        aspect_ratio: aspectRatio,
        image_urls: imageUrls,
        video,
      },
    };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, param: error.param, message: error.message };
    throw error;
  }
}

import type { AspectRatio, Duration, Mode, ReferType } from "@/lib/generations/settings";
import { stripControlCharacters } from "@/lib/text/control-characters";
import type { GenerationRequest } from "./types";

/**
 * The one builder of the kling-video-o1 submit body. Pure (no server code): the browser's request preview and
 * curl command, and the server's submit, all call it, so what is shown is what is sent.
 */
export type WireSource = {
  /** With `<<<image_N>>>` tokens already numbered. */
  prompt: string;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  /** In image_urls order; only `upstreamUrl` goes on the wire. */
  images: ReadonlyArray<{ upstreamUrl: string }>;
  video?: { url: string; referType: ReferType; keepOriginalSound: boolean } | null;
};

export const MODEL = "kling-video-o1";
export const GENERATIONS_PATH = "/v1/videos/generations";

export function toGenerationRequest(source: WireSource): GenerationRequest {
  const body: GenerationRequest = {
    model: MODEL,
    // NUL and other control characters never reach APIMart; line breaks and tabs stay.
    prompt: stripControlCharacters(source.prompt, { multiline: true }),
    mode: source.mode,
    duration: source.duration,
    aspect_ratio: source.aspectRatio,
  };
  if (source.images.length > 0) body.image_urls = source.images.map((image) => image.upstreamUrl);
  if (source.video) {
    body.video_list = [
      {
        video_url: source.video.url,
        refer_type: source.video.referType,
        keep_original_sound: source.video.keepOriginalSound ? "yes" : "no",
      },
    ];
  }
  return body;
}

/** Where a submit goes for a base URL such as `https://api.apimart.ai` (trailing slashes ignored). */
export function generationsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${GENERATIONS_PATH}`;
}

import { isOneOf, isRecord, isText, readHttpUrl } from "@/lib/json/guards";
import { IMAGE_NAME_MAX } from "@/lib/references/image-ref";
import { VIDEO_URL_MAX } from "@/lib/references/video-ref";
import { type Capabilities, maxImagesFor } from "./capabilities";
import type { SubmitInput } from "./recipe";
import { aspectRatios, durations, modes, referTypes } from "./settings";

/** For the rules no creator can break from the composer (ids, enums): the app itself built a bad request. */
export const INVALID_REQUEST = "The request is not valid.";

const images = (count: number) => (count === 1 ? "one image" : `${count} images`);

/**
 * The browser's check of a submit before it is sent: the rules of `submitInputSchemaFor(capabilities)`
 * (lib/generations/recipe.ts), without zod in the browser, and the message of the first rule broken in the
 * schema's order (undefined when none is). The server parses with the schema again, whatever this says.
 */
export function submitProblem(input: SubmitInput, capabilities: Capabilities): string | undefined {
  const { maxImages, promptLimit } = capabilities;
  if (!isText(input.draftId, 8, 100)) return INVALID_REQUEST;
  if (typeof input.prompt !== "string") return INVALID_REQUEST;
  const prompt = input.prompt.trim();
  if (prompt.length < 1) return "Write a prompt first.";
  if (prompt.length > promptLimit) return `The prompt is over the ${promptLimit}-character limit.`;
  if (!isOneOf(modes, input.mode) || !isOneOf(durations, input.duration)) return INVALID_REQUEST;
  if (!isOneOf(aspectRatios, input.aspectRatio)) return INVALID_REQUEST;
  const list = input.images ?? [];
  if (!Array.isArray(list)) return INVALID_REQUEST;
  // zod checks the count before the entries (and then reports the count alone).
  if (list.length > maxImages) return `At most ${images(maxImages)}.`;
  for (const image of list) {
    if (!isRecord(image) || !isText(image.assetId, 1, 100)) return INVALID_REQUEST;
    if (image.name !== undefined && !isText(image.name, 0, IMAGE_NAME_MAX)) return INVALID_REQUEST;
  }
  const video = input.video;
  if (video === undefined) return undefined;
  if (!isRecord(video)) return INVALID_REQUEST;
  if (typeof video.url !== "string") return INVALID_REQUEST;
  // The schema's one message for the URL, too long included.
  if (readHttpUrl(video.url, VIDEO_URL_MAX) === undefined) return "must be an http(s) URL";
  if (!isOneOf(referTypes, video.referType) || typeof video.keepOriginalSound !== "boolean") return INVALID_REQUEST;
  const limit = maxImagesFor(capabilities, video);
  if (list.length <= limit) return undefined;
  return `With a ${video.referType === "feature" ? "feature" : "reference"} video, at most ${images(limit)}.`;
}

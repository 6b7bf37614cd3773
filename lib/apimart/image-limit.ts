import type { ImageLimitRejection } from "./apimart-error";

/**
 * Recognises an upstream refusal of the image count. APIMart's pages disagree on the limit (§11 Q1, §12:
 * 2 first/end frames vs up to 7 references), so when the vendor does refuse, the creator must be told the
 * number it named. Size, resolution and length limits also say "at most N"; the unit after the number tells
 * them apart.
 */

const IMAGE = "(?:image_urls|images?|pictures?|图片|图像|参考图)";
const AT_MOST =
  "(?:at most|up to|no more than|not more than|maximum(?: of)?|max(?:imum)?|limit(?: is| of)?|最多|不超过|上限为?)";
/** A number that is a count, not a size or length: not followed by a digit, a decimal or a unit. */
const COUNT = String.raw`(\d{1,3})(?![\d.])(?!\s*(?:mb|kb|gb|m\b|k\b|px|pixels?|bytes?|%|x\s*\d|chars?|characters?|seconds?|s\b|秒|像素|字))`;

const NAMED_LIMIT = [
  // "image_urls accepts at most 2 images", "images: max 2", "图片最多2张"
  new RegExp(String.raw`${IMAGE}[^.;\n]{0,40}?${AT_MOST}\s*:?\s*(?:支持|允许)?\s*${COUNT}`, "i"),
  // "at most 2 images", "最多支持2张图片"
  new RegExp(String.raw`${AT_MOST}\s*(?:支持|允许)?\s*${COUNT}\s*(?:${IMAGE}|张)`, "i"),
];
const UNNAMED_LIMIT = new RegExp(
  String.raw`too many ${IMAGE}|(?:number|count) of ${IMAGE}|${IMAGE} (?:count|number)|${IMAGE}数量|数量[^.;\n]{0,10}${IMAGE}`,
  "i",
);

/** The rejection in a vendor message, or undefined when it is about something else. */
export function imageLimitIn(message: string | undefined): Pick<ImageLimitRejection, "max"> | undefined {
  if (message === undefined) return undefined;
  for (const pattern of NAMED_LIMIT) {
    const found = pattern.exec(message)?.[1];
    if (found !== undefined) return { max: Number(found) };
  }
  return UNNAMED_LIMIT.test(message) ? {} : undefined;
}

function plural(count: number): string {
  return `${count} image${count === 1 ? "" : "s"}`;
}

/** A message naming the limit (and what was sent, when known). */
export function imageLimitMessage(rejection: ImageLimitRejection): string {
  const sent = rejection.sent === undefined ? "" : ` This request had ${plural(rejection.sent)}.`;
  const context = rejection.withVideo ? " with a reference video" : "";
  if (rejection.max === undefined)
    return `The video service refused the number of images${context}.${sent} Remove some images and try again.`;
  if (rejection.max === 0)
    return `The video service accepts no images${context}.${sent} Remove the images and try again.`;
  return `The video service accepts at most ${plural(rejection.max)}${context}.${sent} Use ${rejection.max} or fewer and try again.`;
}

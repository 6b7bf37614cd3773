import { defaultImageLimits, type ImageLimits, MAX_IMAGES, MAX_IMAGES_WITH_VIDEO } from "@/lib/images/limits";
import { PROMPT_LIMIT } from "./settings";

/**
 * What kling-video-o1 accepts, in one place. APIMart's own pages disagree on the image count (§11 Q1, §12: "at
 * most two, first and end frame" against Kling's 7, or 4 with a video), so every limit can be changed by the
 * environment (lib/config/parse-env.ts, README) without a release. Pure: the page hands the server's values to
 * the browser, which checks a draft with the same numbers before the server checks it again.
 */
export type Capabilities = {
  /** Images in `image_urls` with no reference video. */
  maxImages: number;
  /** Images next to a `base` (edit) reference video. */
  maxImagesWithVideo: number;
  /** Images next to a `feature` reference video (only the first frame, per the o1 page). */
  maxImagesWithFeatureVideo: number;
  promptLimit: number;
  /** Each image's size rules (upstream Kling: ≥300 px a side, 1:2.5–2.5:1, 10 MB). */
  image: ImageLimits;
};

export const defaultCapabilities: Capabilities = {
  maxImages: MAX_IMAGES,
  maxImagesWithVideo: MAX_IMAGES_WITH_VIDEO,
  maxImagesWithFeatureVideo: 1,
  promptLimit: PROMPT_LIMIT,
  image: defaultImageLimits,
};

/** How many images a recipe may carry with this video (or none). */
export function maxImagesFor(capabilities: Capabilities, video: { referType: "base" | "feature" } | null | undefined) {
  if (!video) return capabilities.maxImages;
  return video.referType === "feature"
    ? Math.min(capabilities.maxImagesWithFeatureVideo, capabilities.maxImagesWithVideo)
    : capabilities.maxImagesWithVideo;
}

/** The environment variables that override each limit (documented in README). */
export const capabilityVariables = [
  "MAX_IMAGES",
  "MAX_IMAGES_WITH_VIDEO",
  "MAX_IMAGES_WITH_FEATURE_VIDEO",
  "PROMPT_LIMIT",
  "MIN_IMAGE_SIDE_PX",
  "MAX_IMAGE_ASPECT",
  "MAX_IMAGE_BYTES",
] as const;

export type CapabilityOverrides = Partial<Record<(typeof capabilityVariables)[number], number>>;

export function capabilitiesWith(overrides: CapabilityOverrides): Capabilities {
  const base = defaultCapabilities;
  return {
    maxImages: overrides.MAX_IMAGES ?? base.maxImages,
    maxImagesWithVideo: overrides.MAX_IMAGES_WITH_VIDEO ?? base.maxImagesWithVideo,
    maxImagesWithFeatureVideo: overrides.MAX_IMAGES_WITH_FEATURE_VIDEO ?? base.maxImagesWithFeatureVideo,
    promptLimit: overrides.PROMPT_LIMIT ?? base.promptLimit,
    image: {
      minSidePx: overrides.MIN_IMAGE_SIDE_PX ?? base.image.minSidePx,
      maxAspect: overrides.MAX_IMAGE_ASPECT ?? base.image.maxAspect,
      maxBytes: overrides.MAX_IMAGE_BYTES ?? base.image.maxBytes,
    },
  };
}

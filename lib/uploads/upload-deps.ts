import type { LifecycleDeps } from "@/lib/generations/deps";
import type { ImageLimits } from "@/lib/images/limits";

/** What storing an image needs: the database, the media store, a clock and APIMart's upload endpoint. */
export type UploadDeps = Pick<LifecycleDeps, "db" | "storage" | "clock" | "upstream"> & {
  /** Whether upstream says the URL is gone (404/410); the default asks with a HEAD request. */
  isGone?: (url: string) => Promise<boolean>;
  /** The server's image size rules (MIN_IMAGE_SIDE_PX, MAX_IMAGE_ASPECT, MAX_IMAGE_BYTES); the defaults otherwise. */
  imageLimits?: ImageLimits;
};

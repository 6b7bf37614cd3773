/**
 * A reference image in the composer's tray. Chips in the prompt refer to `id` (stable from the moment the
 * file is added), never to a position: the number shown is always the image's current 1-based tray position.
 */
export type TrayImageStatus = "checking" | "uploading" | "ready" | "failed";

export type TrayImage = {
  /** Client-side identity, assigned when the image enters the tray. */
  id: string;
  /** File name shown to the creator ("beach.jpg"). */
  name: string;
  /** Something an <img> can show right away: an object URL while uploading, the app's /media URL after. */
  previewUrl: string;
  status: TrayImageStatus;
  /** Upload progress, 0–100. */
  progress: number;
  /** Why it failed, written for the creator (which file, which rule). */
  error?: string;
  /** The app's stored image id once uploaded (what recipes and remix refer to). */
  assetId?: string;
  /** The URL to send in image_urls (APIMart's upload URL, or the simulator's). */
  upstreamUrl?: string;
  width?: number;
  height?: number;
};

import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

/** `references`: reference videos creators uploaded, served publicly so APIMart can fetch them. */
export const mediaKinds = ["videos", "posters", "images", "references"] as const;
export type MediaKind = (typeof mediaKinds)[number];

const safeName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export function mediaDir(kind: MediaKind): string {
  return path.join(env().dataDir, "media", kind);
}

/** Absolute path of a stored media file, or undefined when the name could escape its folder. */
export function mediaPath(kind: MediaKind, name: string): string | undefined {
  if (!safeName.test(name) || name.includes("..")) return undefined;
  return path.join(mediaDir(kind), name);
}

export { mediaUrl } from "./media-url";

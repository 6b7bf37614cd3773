import "server-only";
import { findSharedGeneration } from "@/lib/db/shares";
import { env } from "@/lib/env";
import { outputSize } from "@/lib/generations/dimensions";
import type { Recipe } from "@/lib/generations/recipe";
import { storedRecipe } from "@/lib/generations/stored-recipe";
import { slugPattern } from "./share-links";

/** Everything a public share page may show. Nothing here reveals the owner's other data. */
export type SharedVideo = {
  slug: string;
  generationId: string;
  videoFile: string;
  posterFile: string | null;
  recipe: Recipe;
  hideReferences: boolean;
  width: number;
  height: number;
  createdAt: number;
  pageUrl: string;
  videoUrl: string;
  posterUrl: string | null;
  embedUrl: string;
};

export function loadSharedVideo(slug: string): SharedVideo | null {
  if (!slugPattern.test(slug)) return null;
  const found = findSharedGeneration(slug);
  if (found?.generation.status !== "completed") return null;
  const { generation, share } = found;
  const videoFile = generation.videoFile;
  if (!videoFile) return null;
  const base = `${env().publicBaseUrl}/s/${slug}`;
  const size = outputSize(generation.mode, generation.aspectRatio);
  return {
    slug,
    generationId: generation.id,
    videoFile,
    posterFile: generation.posterFile,
    recipe: storedRecipe(generation),
    hideReferences: share.hideReferences,
    ...size,
    createdAt: generation.createdAt,
    pageUrl: base,
    videoUrl: `${base}/video.mp4`,
    posterUrl: generation.posterFile ? `${base}/poster.jpg` : null,
    embedUrl: `${base}/embed`,
  };
}

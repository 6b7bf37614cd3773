import "server-only";
import { findSharedGeneration } from "@/lib/db/shares";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { outputSize } from "@/lib/generations/dimensions";
import type { Recipe } from "@/lib/generations/recipe";
import { storedRecipe } from "@/lib/generations/stored-recipe";
import { shareUrl, slugPattern } from "./share-url";

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

export async function loadSharedVideo(
  deps: Pick<LifecycleDeps, "db" | "settings">,
  slug: string,
): Promise<SharedVideo | null> {
  if (!slugPattern.test(slug)) return null;
  const found = await findSharedGeneration(deps.db, slug);
  if (found?.generation.status !== "completed") return null;
  const { generation, share } = found;
  const videoFile = generation.videoFile;
  if (!videoFile) return null;
  const base = shareUrl(deps.settings.publicBaseUrl, slug);
  const size = outputSize(generation.mode, generation.aspectRatio);
  return {
    slug,
    generationId: generation.id,
    videoFile,
    posterFile: generation.posterFile,
    recipe: await storedRecipe(deps, generation),
    hideReferences: share.hideReferences,
    ...size,
    createdAt: generation.createdAt,
    pageUrl: base,
    videoUrl: `${base}/video.mp4`,
    posterUrl: generation.posterFile ? `${base}/poster.jpg` : null,
    embedUrl: `${base}/embed`,
  };
}

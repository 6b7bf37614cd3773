import "server-only";
import type { z } from "zod";
import { type ErrorCode, toUserError } from "@/lib/errors";
import type { recipeImageSchema } from "./recipe";

type RecipeImage = z.output<typeof recipeImageSchema>;

/**
 * APIMart's upload URLs die after 72 h. Before an old recipe is sent again, every image the app keeps gets a
 * live upstream URL (re-uploaded from the app's copy when needed).
 */
export async function refreshUpstreamImageUrls(
  images: RecipeImage[],
): Promise<{ ok: true; images: RecipeImage[] } | { ok: false; code: ErrorCode; message: string }> {
  if (images.length === 0) return { ok: true, images };
  try {
    const { ensureFreshUpstreamUrl } = await import("@/lib/uploads/fresh-url");
    const fresh = await Promise.all(
      images.map(async (image) => ({ ...image, url: await ensureFreshUpstreamUrl(image.id) })),
    );
    return { ok: true, images: fresh };
  } catch (error) {
    const { code, message } = toUserError(error);
    return { ok: false, code, message: `A reference image could not be prepared again: ${message}` };
  }
}

import type { Recipe } from "@/lib/generations/recipe";
import { parseWire } from "@/lib/prompt";
import { trayImageFromRef } from "@/lib/references/tray-image";
import type { Draft } from "./state";

function unknownTokensMessage(tokens: number[]): string | null {
  if (tokens.length === 0) return null;
  const names = tokens.map((n) => `image ${n}`).join(", ");
  return `This recipe mentions ${names}, which ${tokens.length === 1 ? "is" : "are"} not available. Add the image or remove the mention.`;
}

/**
 * A recipe (a gallery card, a share link) as a complete draft: its images enter the tray ready under the given
 * ids, and its prompt's tokens become chips bound to exactly those ids. Built whole, then swapped in whole.
 */
export function draftFromRecipe(
  recipe: Recipe,
  ids: { draftId: string; imageIds: ReadonlyArray<string> },
): { draft: Draft; alert: string | null } {
  const images = recipe.images.map((ref, index) =>
    trayImageFromRef(ref, ids.imageIds[index] ?? `${ids.draftId}-${index}`),
  );
  const { doc, unknownTokens } = parseWire(
    recipe.prompt,
    images.map((image) => image.id),
  );
  return {
    draft: {
      draftId: ids.draftId,
      doc,
      images,
      settings: { mode: recipe.mode, duration: recipe.duration, aspectRatio: recipe.aspectRatio },
      video: recipe.video,
      lastSent: null,
    },
    alert: unknownTokensMessage(unknownTokens),
  };
}

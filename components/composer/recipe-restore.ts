import { recipeFromFile } from "@/app/actions/recipe-from-file";
import type { useToast } from "@/components/ui/toaster";
import { settle } from "@/lib/actions/result";
import type { ComposerCommands } from "@/lib/composer/commands";
import { UNDO_WINDOW_MS } from "@/lib/generations/settings";
import { decodeRecipeComment } from "@/lib/recipe-file/file-recipe";
import { readMp4Comment } from "@/lib/recipe-file/mp4-comment";

/** Restores the recipe an O1 Studio MP4 carries; false when the file carries none (it goes to the tray then). */
export async function restoreRecipeFrom(
  file: File,
  { commands, toast }: { commands: ComposerCommands; toast: ReturnType<typeof useToast> },
): Promise<boolean> {
  const found = decodeRecipeComment(await readMp4Comment(file).catch(() => null));
  if (!found) return false;
  const result = await settle(recipeFromFile(found), "Could not reach O1 Studio's server to restore the recipe.");
  if (!result.ok) {
    toast({ message: `The recipe in ${file.name} could not be restored: ${result.error.message}`, tone: "error" });
    return true;
  }
  const { recipe, missing } = result.data;
  const { undo } = commands.loadRecipe(recipe);
  commands.focusEditor();
  const gone = missing.length === 0 ? "" : ` Not in your library any more: ${missing.join(", ")} — add them again.`;
  toast({
    message: `Recipe restored from ${file.name}.${gone}`,
    tone: missing.length === 0 ? "info" : "error",
    durationMs: UNDO_WINDOW_MS,
    action: undo ? { label: "Undo", run: undo } : undefined,
  });
  return true;
}

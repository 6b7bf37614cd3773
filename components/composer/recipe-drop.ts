import { recipeFromFile } from "@/app/actions/recipe-from-file";
import type { useToast } from "@/components/ui/toaster";
import { settle } from "@/lib/actions/result";
import type { ComposerCommands } from "@/lib/composer/commands";
import { UNDO_WINDOW_MS } from "@/lib/generations/settings";
import { decodeRecipeComment } from "@/lib/recipe-file/file-recipe";
import { readMp4Comment } from "@/lib/recipe-file/mp4-comment";

const isMp4 = (file: File) => file.type === "video/mp4" || /\.(mp4|m4v)$/i.test(file.name);

/**
 * Files dropped or pasted on the composer: an MP4 that O1 Studio downloaded carries its recipe, which is
 * restored (images from the creator's library by content hash; the missing ones named). Every other file, a
 * plain MP4 included, goes where it went before (the tray, which says what it accepts). Returns the tray's ids.
 */
export function addFilesOrRecipes(
  files: File[],
  { commands, toast }: { commands: ComposerCommands; toast: ReturnType<typeof useToast> },
): string[] {
  const videos = files.filter(isMp4);
  if (videos.length === 0) return commands.addFiles(files);
  for (const file of videos) {
    void restoreFrom(file).then((restored) => {
      if (!restored) commands.addFiles([file]);
    });
  }
  return commands.addFiles(files.filter((file) => !isMp4(file)));

  async function restoreFrom(file: File): Promise<boolean> {
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
}

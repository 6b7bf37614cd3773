import type { useToast } from "@/components/ui/toaster";
import type { ComposerCommands } from "@/lib/composer/commands";

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
    // The MP4 reader and the restore come with the first dropped video, not in the studio's first-load JS.
    void import("./recipe-restore")
      .then(({ restoreRecipeFrom }) => restoreRecipeFrom(file, { commands, toast }))
      // Not a recipe, or the reader could not load: the tray takes it and says what it accepts.
      .then(
        (restored) => {
          if (!restored) commands.addFiles([file]);
        },
        () => commands.addFiles([file]),
      );
  }
  return commands.addFiles(files.filter((file) => !isMp4(file)));
}

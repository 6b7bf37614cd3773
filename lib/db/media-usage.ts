import "server-only";
import type { Db } from "./client";
import { run } from "./write";

/** The media columns of every generation (deleted ones included until purged): what the collector must keep. */
export async function listGenerationMedia(db: Db) {
  const { generations } = db.tables;
  return run("listing media in use", () =>
    db
      .select({
        imagesJson: generations.imagesJson,
        videoJson: generations.videoJson,
        videoFile: generations.videoFile,
        posterFile: generations.posterFile,
      })
      .from(generations),
  );
}

/** Every image row's id and file. */
export async function listImageFiles(db: Db) {
  const { images } = db.tables;
  return run("listing image files", () => db.select({ id: images.id, file: images.file }).from(images));
}

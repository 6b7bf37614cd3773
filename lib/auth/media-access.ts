import "server-only";
import type { Db } from "@/lib/db/client";
import { ownsGenerationFile } from "@/lib/db/generations";
import { findOwnedImageFile } from "@/lib/db/images";
import type { MediaKind } from "@/lib/storage/media-names";
import type { Account } from "./accounts";

/**
 * May this account read this stored file? Results and their posters: its own generations; reference images: its
 * own uploads; reference-video posters (`ref-…`, named by owner and content): any signed-in account that has
 * the name. Reference videos themselves are not asked about: APIMart fetches them with no session.
 */
export async function mayReadMedia(db: Db, account: Account, kind: MediaKind, name: string): Promise<boolean> {
  const scope = { ownerId: account.id };
  switch (kind) {
    case "videos":
      return ownsGenerationFile(db, { videoFile: name }, scope);
    case "posters":
      return name.startsWith("ref-") || ownsGenerationFile(db, { posterFile: name }, scope);
    case "images":
      return (await findOwnedImageFile(db, name, scope)) !== undefined;
    case "references":
      return true;
  }
}

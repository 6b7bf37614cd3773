import "server-only";
import { randomBytes } from "node:crypto";
import { findGeneration } from "@/lib/db/generations";
import { findLiveShareFor, insertShare, revokeSharesFor, type ShareRow, updateShare } from "@/lib/db/shares";
import { AppError } from "@/lib/errors";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { shareUrl } from "./share-url";

export { slugPattern } from "./share-url";

type ShareDeps = Pick<LifecycleDeps, "db" | "clock" | "settings">;

/** 18 random bytes = 144 bits, above the 128 the slug must carry; base64url keeps it URL-safe (24 chars). */
export function newSlug(): string {
  return randomBytes(18).toString("base64url");
}

export type ShareLink = { slug: string; url: string; hideReferences: boolean };

function linkOf(deps: ShareDeps, share: ShareRow): ShareLink {
  return {
    slug: share.slug,
    url: shareUrl(deps.settings.publicBaseUrl, share.slug),
    hideReferences: share.hideReferences,
  };
}

/** The generation's live link, creating one if needed. Only finished videos can be shared. */
export async function ensureShareLink(
  deps: ShareDeps,
  generationId: string,
  options: { hideReferences?: boolean } = {},
): Promise<ShareLink> {
  const generation = await findGeneration(deps.db, generationId);
  if (!generation || generation.deletedAt !== null) throw new AppError("not_found", "That video no longer exists.");
  if (generation.status !== "completed" || !generation.videoFile) {
    throw new AppError("invalid_request", "Only a finished video can be shared.");
  }
  let share = await findLiveShareFor(deps.db, generationId);
  if (!share) {
    share = await insertShare(deps.db, {
      slug: newSlug(),
      generationId,
      ownerId: generation.ownerId,
      hideReferences: options.hideReferences ?? false,
      createdAt: deps.clock.now(),
    });
  } else if (options.hideReferences !== undefined && options.hideReferences !== share.hideReferences) {
    share = (await updateShare(deps.db, share.slug, { hideReferences: options.hideReferences })) ?? share;
  }
  return linkOf(deps, share);
}

/** Revoked links 404 at once: pages and media are looked up by live slug on every request. */
export function revokeShareLinks(deps: ShareDeps, generationId: string): Promise<number> {
  return revokeSharesFor(deps.db, generationId, deps.clock.now());
}

import "server-only";
import { randomBytes } from "node:crypto";
import { findGeneration } from "@/lib/db/generations";
import { findLiveShareFor, insertShare, revokeSharesFor, updateShare } from "@/lib/db/shares";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** 18 random bytes = 144 bits, above the 128 the slug must carry; base64url keeps it URL-safe (24 chars). */
export function newSlug(): string {
  return randomBytes(18).toString("base64url");
}

export const slugPattern = /^[A-Za-z0-9_-]{22,64}$/;

export function shareUrl(slug: string): string {
  return `${env().publicBaseUrl}/s/${slug}`;
}

export type ShareLink = { slug: string; url: string; hideReferences: boolean };

/** The generation's live link, creating one if needed. Only finished videos can be shared. */
export function ensureShareLink(generationId: string, options: { hideReferences?: boolean } = {}): ShareLink {
  const generation = findGeneration(generationId);
  if (!generation || generation.deletedAt !== null) throw new AppError("not_found", "That video no longer exists.");
  if (generation.status !== "completed" || !generation.videoFile) {
    throw new AppError("invalid_request", "Only a finished video can be shared.");
  }
  let share = findLiveShareFor(generationId);
  if (!share) share = insertShare({ slug: newSlug(), generationId, hideReferences: options.hideReferences ?? false });
  else if (options.hideReferences !== undefined && options.hideReferences !== share.hideReferences) {
    share = updateShare(share.slug, { hideReferences: options.hideReferences }) ?? share;
  }
  return { slug: share.slug, url: shareUrl(share.slug), hideReferences: share.hideReferences };
}

/** Revoked links 404 at once: pages and media are looked up by live slug on every request. */
export function revokeShareLinks(generationId: string): number {
  return revokeSharesFor(generationId);
}

export function liveShareLink(generationId: string): ShareLink | null {
  const share = findLiveShareFor(generationId);
  return share ? { slug: share.slug, url: shareUrl(share.slug), hideReferences: share.hideReferences } : null;
}

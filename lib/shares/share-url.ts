/** The public address of a share link. */
export function shareUrl(publicBaseUrl: string, slug: string): string {
  return `${publicBaseUrl}/s/${slug}`;
}

/** 24+ URL-safe characters: what a slug looks like (anything else is "not found" without a lookup). */
export const slugPattern = /^[A-Za-z0-9_-]{22,64}$/;

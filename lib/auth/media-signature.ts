import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed links to the app's own result copies, for APIMart (which has no session) when "Edit this video" must
 * send the app's copy: `?exp=<epoch s>&sig=<HMAC of path and expiry>`, like an S3 presigned URL. Pure.
 */
function signatureOf(secret: string, path: string, expiresAt: number): string {
  return createHmac("sha256", secret).update(`media\n${path}\n${expiresAt}`).digest("base64url");
}

export function signMediaUrl(secret: string, url: string, expiresAt: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set("exp", String(expiresAt));
  parsed.searchParams.set("sig", signatureOf(secret, parsed.pathname, expiresAt));
  return parsed.toString();
}

/** True when the request URL carries a valid, unexpired signature for its own path. */
export function hasValidMediaSignature(secret: string, url: URL, nowSeconds: number): boolean {
  const expiresAt = Number(url.searchParams.get("exp"));
  const given = url.searchParams.get("sig") ?? "";
  if (!Number.isInteger(expiresAt) || expiresAt < nowSeconds || given.length === 0) return false;
  const expected = Buffer.from(signatureOf(secret, url.pathname, expiresAt));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

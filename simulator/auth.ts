import { type ApiErrorBody, invalidKeyError, missingKeyError } from "./errors";

export type AuthResult = { ok: true; key: string } | { ok: false; body: ApiErrorBody };

/**
 * Mirrors the one-api gateway in front of APIMart: the `Bearer ` prefix is optional, an empty key is
 * "required", any other mismatch is "invalid". Without a configured key every non-empty key passes.
 */
export function checkAuth(header: string | undefined, expectedKey: string | undefined, requestId: string): AuthResult {
  const key = (header ?? "").replace(/^\s*bearer\s*/i, "").trim();
  if (key === "") return { ok: false, body: missingKeyError(requestId) };
  if (expectedKey !== undefined && key !== expectedKey) return { ok: false, body: invalidKeyError(requestId) };
  return { ok: true, key };
}

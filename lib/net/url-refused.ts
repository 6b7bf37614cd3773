/**
 * Why a guarded fetch stopped. Callers turn it into their own words ("not a public video URL"); `reason` never
 * carries anything a refused host said, and a refused address is never connected to, so the error cannot tell
 * a closed port from an open one.
 */
export type RefusalReason =
  | "invalid_url"
  | "protocol"
  | "credentials"
  | "not_public"
  | "too_many_redirects"
  | "redirect_without_location"
  | "host_not_found"
  | "dns_failed"
  | "connect_failed"
  | "timeout";

export class UrlRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** 0 for the URL as given, n for the n-th redirect target. */
    readonly hop: number,
    /** Host name (never an address or a response) for messages like "could not reach media.example.com". */
    readonly host: string,
    /** Operator detail for logs only. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${reason} at hop ${hop}: ${detail}`, options);
    this.name = "UrlRefused";
  }
}

import "server-only";
import { AppError } from "@/lib/errors";
import type { UrlRefused } from "@/lib/net/url-refused";
import { formatTimeout } from "./format";

/**
 * Words a guard refusal for the creator. Every address that is not public gets the same sentence, whatever
 * the address, port or spelling, and nothing a refused host might have said is ever part of it.
 */
export function videoUrlError(refusal: UrlRefused, timeoutMs: number): AppError {
  const viaRedirect = refusal.hop > 0;
  const options = { cause: refusal, detail: refusal.detail };
  switch (refusal.reason) {
    case "invalid_url":
      return new AppError(
        "invalid_request",
        viaRedirect
          ? "The video URL redirects to an invalid address."
          : "That is not a valid URL; paste the full video link starting with https://.",
        options,
      );
    case "protocol":
      return new AppError(
        "invalid_request",
        viaRedirect
          ? "The video URL redirects to an address that is not http:// or https://."
          : "Only http:// and https:// video URLs are supported.",
        options,
      );
    case "credentials":
      return new AppError(
        "invalid_request",
        "Remove the user name and password from the video URL; the video must be public.",
        options,
      );
    case "not_public":
      return new AppError(
        "invalid_request",
        viaRedirect
          ? "The video URL redirects to an address that is not public (a private or local network); use a public video URL."
          : "That is not a public video URL: it points to a private or local network address.",
        options,
      );
    case "too_many_redirects":
      return new AppError(
        "invalid_request",
        "The video URL redirects too many times; link to the video file itself.",
        options,
      );
    case "redirect_without_location":
      return new AppError("invalid_request", "That URL answered with a redirect but no target.", options);
    case "host_not_found":
      return new AppError(
        "invalid_request",
        `The host ${refusal.host} could not be found; check the video URL.`,
        options,
      );
    case "dns_failed":
      return new AppError("network", `Could not look up the host ${refusal.host}. Try again in a moment.`, options);
    case "timeout":
      return new AppError(
        "timeout",
        `The video host did not send the video within ${formatTimeout(timeoutMs)}.`,
        options,
      );
    case "connect_failed":
      return new AppError(
        "network",
        `Could not download the video from ${refusal.host}; check that the URL works.`,
        options,
      );
  }
}

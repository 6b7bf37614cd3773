import "server-only";
import { AppError } from "@/lib/errors";
import type { ResultDownloader } from "@/lib/generations/deps";
import { isAllowedMediaUrl } from "./allowed-host";
import { downloadToFile } from "./download";

/**
 * The one function every result copy goes through (lib/generations takes it as `downloadResult`). The address
 * policy — which hosts, how many redirects, each re-checked — lives behind it in one place: today the allowed-host
 * check and `downloadToFile`; the public-address guard replaces both here.
 */
export function resultDownloader(apiBaseUrl: string): ResultDownloader {
  return async (url, destination, options) => {
    if (!isAllowedMediaUrl(url, apiBaseUrl)) {
      throw new AppError("upstream", "The video service returned a video from an unexpected address.", {
        detail: `refused to fetch ${url}`,
      });
    }
    return downloadToFile(url, destination, options);
  };
}

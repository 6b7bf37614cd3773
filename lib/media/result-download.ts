import "server-only";
import { AppError } from "@/lib/errors";
import type { ResultDownloader } from "@/lib/generations/deps";
import { isAllowedMediaUrl } from "./allowed-host";
import { downloadToFile } from "./download";

/**
 * The one function every result copy goes through (lib/generations takes it as `downloadResult`): a cheap look at
 * the URL first (https anywhere, http only for the simulator or FETCH_ALLOW_HOSTS), then `downloadToFile`, whose
 * guard allows public addresses only and re-checks every redirect.
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

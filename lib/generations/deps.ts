import type { ApimartClient } from "@/lib/apimart";
import type { LifecycleTiming, PollTiming } from "@/lib/config/parse-env";
import type { Db } from "@/lib/db/client";
import type { ReferType } from "@/lib/generations/settings";
import type { MediaStorage } from "@/lib/storage/media-storage";
import type { VideoValidation } from "@/lib/video/validate";
import type { Capabilities } from "./capabilities";

export type Clock = { now(): number };

/** The APIMart calls the lifecycle makes (the adapter's client, or an in-process fake in unit tests). */
export type Upstream = Pick<ApimartClient, "submitGeneration" | "getTask" | "uploadImage" | "getBalance">;

/**
 * Copies a result URL to a local file and answers its size; `destination` only ever holds a complete file.
 * The one door for result copies: the composition root decides which downloader (and which address guard)
 * stands behind it.
 */
export type ResultDownloader = (
  url: string,
  destination: string,
  options: { maxBytes: number; timeoutMs: number },
) => Promise<number>;

/** Writes a JPEG poster frame of a local video file. */
export type PosterMaker = (videoPath: string, posterPath: string) => Promise<void>;

/** Fetches and probes a reference video URL (capped, public addresses only). Never throws. */
export type VideoValidator = (url: string, referType: ReferType) => Promise<VideoValidation>;

export type LifecycleSettings = LifecycleTiming & {
  poll: PollTiming;
  stallAfterMs?: number;
  maxVideoBytes: number;
  publicBaseUrl: string;
  usingSimulator: boolean;
  capabilities: Capabilities;
};

/**
 * Everything `lib/generations` needs from the outside, passed in by the composition root (lib/app-context.ts)
 * and by unit tests. Nothing in this folder reaches for a singleton.
 */
export type LifecycleDeps = {
  db: Db;
  upstream: Upstream;
  clock: Clock;
  storage: MediaStorage;
  downloadResult: ResultDownloader;
  makePoster: PosterMaker;
  validateVideo: VideoValidator;
  settings: LifecycleSettings;
  /** This process's name in leases (`host:pid:random`). */
  instanceId: string;
};

import type { Readable } from "node:stream";
import type { MediaKind } from "./media-names";

export type StoredObject = { kind: MediaKind; name: string; bytes: number; modifiedAt: number };

export type ByteRange = { start: number; end: number };

/**
 * Where the app keeps its media: the local folder today (`DATA_DIR/media/<kind>/<name>`), an S3-compatible bucket
 * later (issue 11: object key `<kind>/<name>`, `lib-storage` multipart uploads, Range GETs, presigned URLs).
 * Names are fixed by the caller (`<generation>.mp4`, `ref-<sha256>.mp4`), so storing the same thing twice is
 * harmless. Readers never see a partial object: the folder writes a temp file and renames it; S3 only shows an
 * object once its upload completed.
 */
export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Stores bytes under kind/name, replacing what was there. */
  put(kind: MediaKind, name: string, data: Uint8Array): Promise<StoredObject>;
  /** Moves a finished local file (a download, an ffmpeg output) into storage; the local file is gone after. */
  putFile(kind: MediaKind, name: string, file: string): Promise<StoredObject>;
  /**
   * A fresh scratch path on local disk for tools that need a real file (the result download, ffmpeg). Never
   * servable; whatever is left there is deleted by `cleanScratch` at start.
   */
  scratchPath(suffix: string): Promise<string>;
  head(kind: MediaKind, name: string): Promise<StoredObject | undefined>;
  /** A byte stream of the object (one range of it, for HTTP 206); undefined when there is no such object. */
  read(kind: MediaKind, name: string, range?: ByteRange): Promise<Readable | undefined>;
  readBuffer(kind: MediaKind, name: string): Promise<Buffer | undefined>;
  /** The object's path when it lives on this machine's disk (ffprobe, the file responder); undefined in S3. */
  localPath(kind: MediaKind, name: string): string | undefined;
  /** Marks an object as used now (a repeated upload of the same content), which keeps it from the collector. */
  touch(kind: MediaKind, name: string): Promise<void>;
  delete(kind: MediaKind, name: string): Promise<void>;
  /** Everything stored under a kind, including leftovers an older version wrote (the collector removes them). */
  list(kind: MediaKind): Promise<StoredObject[]>;
  /**
   * A URL a third party (APIMart) can fetch the object from: the app's public `/media` URL in the folder mode, a
   * presigned GET in S3 mode (so the app itself need not be public).
   */
  fetchableUrl(kind: MediaKind, name: string, ttlSeconds: number): Promise<string>;
  /** Removes scratch files and partial files left by a crash; how many went. */
  cleanScratch(): Promise<number>;
}

import { open, writeFile } from "node:fs/promises";
import { isDecodableImage, probeDuration } from "./ffprobe";
import { sniffImage } from "./sniff";

/** How an input URL is reached: the simulator's own files are read from disk, not over HTTP. */
export type LocalLookup = { kind: "remote" } | { kind: "local"; path: string } | { kind: "missing" };
export type ResolveLocal = (url: string) => Promise<LocalLookup>;

const fetchTimeoutMs = 10_000;
const maxImageBytes = 20 * 1024 * 1024;

async function download(url: string, dest: string, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(fetchTimeoutMs)]) });
    if (!response.ok || response.body === null) return false;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxImageBytes) {
        await reader.cancel();
        return false;
      }
      chunks.push(value);
    }
    await writeFile(dest, Buffer.concat(chunks));
    return true;
  } catch {
    return false;
  }
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

export type LoadedImage = { ok: true; path: string } | { ok: false; reason: "unreachable" | "undecodable" };

/** A path ffmpeg can read for one `image_urls` entry, or why there is none. */
export async function loadImage(
  url: string,
  dest: string,
  resolveLocal: ResolveLocal,
  signal: AbortSignal,
): Promise<LoadedImage> {
  const local = await resolveLocal(url);
  if (local.kind === "missing") return { ok: false, reason: "unreachable" };
  let path = dest;
  if (local.kind === "local") path = local.path;
  else if (!(await download(url, dest, signal))) return { ok: false, reason: "unreachable" };
  if (sniffImage(await readHead(path, 16)) === null) return { ok: false, reason: "undecodable" };
  return (await isDecodableImage(path, signal)) ? { ok: true, path } : { ok: false, reason: "undecodable" };
}

export async function probeVideoUrl(
  url: string,
  resolveLocal: ResolveLocal,
  signal: AbortSignal,
): Promise<{ ok: true; seconds: number } | { ok: false; reason: string }> {
  const local = await resolveLocal(url);
  if (local.kind === "missing") return { ok: false, reason: "HTTP 404 not found" };
  return probeDuration(local.kind === "local" ? local.path : url, signal);
}

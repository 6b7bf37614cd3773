import "server-only";
import fs from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";

/**
 * Streams a URL to a file without holding it in memory, refusing anything over `maxBytes`.
 * Writes to a temporary name first so a half-written file is never mistaken for a result.
 */
export async function downloadToFile(
  url: string,
  destination: string,
  options: { maxBytes: number; timeoutMs: number },
): Promise<number> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: "error" });
  } catch (cause) {
    throw new AppError("network", "Could not download the finished video.", { cause, detail: String(cause) });
  }
  if (!response.ok || !response.body) {
    throw new AppError("upstream", "The finished video could not be downloaded.", {
      status: response.status,
      detail: `GET ${url} -> ${response.status}`,
    });
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > options.maxBytes) {
    throw new AppError("upstream", "The finished video is larger than this app accepts.", {
      detail: `content-length ${declared} > ${options.maxBytes}`,
    });
  }
  let received = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > options.maxBytes) {
        callback(new AppError("upstream", "The finished video is larger than this app accepts."));
        return;
      }
      callback(null, chunk);
    },
  });
  const partial = `${destination}.part`;
  try {
    await pipeline(
      Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
      cap,
      fs.createWriteStream(partial),
    );
    await fs.promises.rename(partial, destination);
  } catch (cause) {
    await fs.promises.rm(partial, { force: true });
    if (cause instanceof AppError) throw cause;
    throw new AppError("network", "The download of the finished video was interrupted.", {
      cause,
      detail: String(cause),
    });
  }
  return received;
}

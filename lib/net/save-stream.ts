import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

/** Thrown when a stream passes its byte cap; callers word the message for their kind of file. */
export class TooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
    this.name = "TooLarge";
  }
}

/** Thrown when the bytes in flight across every save would pass the temp-space budget. */
export class OutOfTempSpace extends Error {
  constructor() {
    super("temporary space budget exhausted");
    this.name = "OutOfTempSpace";
  }
}

/**
 * Bytes being written by every save in this process at once. Each download is capped on its own; this caps
 * their sum, so many concurrent downloads cannot fill the disk before any of them reaches its own cap.
 */
const TEMP_BUDGET_BYTES = Number(process.env.TEMP_SPACE_BYTES) || 4 * 1024 * 1024 * 1024;
let inFlight = 0;

export function tempBytesInFlight(): number {
  return inFlight;
}

/**
 * Streams `source` into `destination` with a byte cap. The bytes go to a hidden temporary name in the same
 * folder and are renamed into place only when complete, so no reader ever sees a partial file under the final
 * name; on any failure the temporary file is removed. Returns the byte count.
 */
export async function saveStream(
  source: Readable | AsyncIterable<Uint8Array>,
  destination: string,
  options: { maxBytes: number; signal?: AbortSignal; budgetBytes?: number },
): Promise<number> {
  const budget = options.budgetBytes ?? TEMP_BUDGET_BYTES;
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${randomUUID()}.part`);
  let received = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      inFlight += chunk.length;
      if (received > options.maxBytes) return callback(new TooLarge(options.maxBytes));
      if (inFlight > budget) return callback(new OutOfTempSpace());
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, cap, fs.createWriteStream(temporary, { flags: "wx" }), { signal: options.signal });
    await fs.promises.rename(temporary, destination);
    return received;
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  } finally {
    inFlight -= received;
  }
}

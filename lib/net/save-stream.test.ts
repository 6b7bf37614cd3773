import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutOfTempSpace, saveStream, TooLarge, tempBytesInFlight } from "./save-stream";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-save-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function chunks(count: number, size: number): Readable {
  return Readable.from(Array.from({ length: count }, (_, i) => Buffer.alloc(size, i)));
}

describe("saveStream", () => {
  it("writes the bytes under the final name only when complete", async () => {
    const file = path.join(dir, "out.mp4");
    expect(await saveStream(chunks(4, 1000), file, { maxBytes: 4000 })).toBe(4000);
    expect(fs.readdirSync(dir)).toEqual(["out.mp4"]);
    expect(fs.statSync(file).size).toBe(4000);
  });

  it("stops at the cap and leaves no file at all", async () => {
    const file = path.join(dir, "out.mp4");
    await expect(saveStream(chunks(5, 1000), file, { maxBytes: 4500 })).rejects.toBeInstanceOf(TooLarge);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(tempBytesInFlight()).toBe(0);
  });

  it("never leaves a partial file under the final name when the source breaks mid-way", async () => {
    const file = path.join(dir, "out.mp4");
    async function* broken() {
      yield Buffer.alloc(1000);
      // The final name must not exist while bytes are still arriving.
      expect(fs.existsSync(file)).toBe(false);
      throw new Error("connection reset");
    }
    await expect(saveStream(broken(), file, { maxBytes: 10_000 })).rejects.toThrow("connection reset");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses when the bytes in flight across saves pass the temp budget", async () => {
    const a = path.join(dir, "a");
    await expect(saveStream(chunks(3, 1000), a, { maxBytes: 10_000, budgetBytes: 2500 })).rejects.toBeInstanceOf(
      OutOfTempSpace,
    );
    expect(tempBytesInFlight()).toBe(0);
  });
});

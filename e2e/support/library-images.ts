import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { type Colour, colours } from "./test-images";

/**
 * Images of their own (random size, so new bytes): the e2e owner's library is shared by every spec, and a rename
 * in one spec must not rename another spec's red-car.
 */
export async function uniqueImage(name: string, colour: Colour): Promise<string> {
  const [r, g, b] = colours[colour];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "o1-library-")), name);
  const width = 600 + Math.floor(Math.random() * 400);
  await sharp({ create: { width, height: 500, channels: 3, background: { r, g, b } } })
    .png()
    .toFile(file);
  return file;
}

/** How many uploads the page has sent since this was called (a library image must never cause one). */
export function countUploads(page: Page): { count: () => number } {
  let uploads = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/uploads") uploads += 1;
  });
  return { count: () => uploads };
}

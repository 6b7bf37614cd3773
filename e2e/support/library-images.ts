import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import type { ComposerPage, StudioPage } from "./studio-page";
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

/**
 * Opens the studio and adds two images only this test has ("<tag>-red-car", "<tag>-blue-sky") through the tray,
 * uploaded: from then on they are in the library. Answers the upload counter, started before them (2 so far).
 */
export async function addRedCarAndBlueSky(
  page: Page,
  { studio, composer }: { studio: StudioPage; composer: ComposerPage },
  tag: string,
): Promise<{ count: () => number }> {
  const red = await uniqueImage(`${tag}-red-car.png`, "red");
  const blue = await uniqueImage(`${tag}-blue-sky.png`, "blue");
  const uploads = countUploads(page);
  await studio.open();
  await composer.addFiles([red, blue]);
  await expect.poll(() => composer.trayNames()).toEqual([`image 1: ${tag}-red-car`, `image 2: ${tag}-blue-sky`]);
  // On a busy machine the checks can still be running when the names show: the uploads follow them.
  await expect.poll(() => uploads.count()).toBe(2);
  await composer.waitForUploads();
  return uploads;
}

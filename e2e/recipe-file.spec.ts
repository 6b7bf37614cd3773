import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A real drop of a file from disk onto the composer's image area (a DataTransfer, as a file manager makes). */
async function dropFile(page: Page, file: string, type: string) {
  const data = fs.readFileSync(file).toString("base64");
  const target = page.getByRole("button", { name: "Add images" });
  await target.evaluate(
    (element, { data, name, type }) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      for (const kind of ["dragenter", "dragover", "drop"]) {
        element.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { data, name: path.basename(file), type },
  );
}

/** A paste of a file into the prompt, as when a file copied in a file manager is pasted. */
async function pasteFile(page: Page, file: string, type: string) {
  const data = fs.readFileSync(file).toString("base64");
  await page.getByRole("textbox", { name: "Prompt" }).evaluate(
    (element, { data, name, type }) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      element.focus();
      element.dispatchEvent(new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: transfer }));
    },
    { data, name: path.basename(file), type },
  );
}

const uploadsOf = async (sim: { requests(): Promise<Array<{ path: string }>> }) =>
  (await sim.requests()).filter((request) => request.path.includes("upload")).length;

test("a downloaded MP4 carries its recipe; dropped back on the composer it restores it, images from the library", async ({
  studio,
  composer,
  images,
  sim,
  page,
}, testInfo) => {
  const prompt = `Recipe travels with the file: a red car at dawn ${Date.now()}`;
  await studio.open();
  await composer.addFiles([images.red]);
  await composer.waitForUploads();
  await composer.writePrompt([`${prompt} `, 1, " drives off"]);
  await studio.choose("Quality", "Pro 1080p");
  await studio.choose("Aspect ratio", "9:16");
  await studio.generate.click();

  const card = studio.card(prompt);
  const download = card.getByRole("link", { name: /^Download video: / });
  await expect(download).toBeVisible({ timeout: 90_000 });
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const saved = testInfo.outputPath("downloaded.mp4");
  await file.saveAs(saved);

  // The recipe is in the file's metadata, and the video stream was copied, not encoded again.
  const comment = execFileSync("ffprobe", [
    ...["-v", "error", "-show_entries", "format_tags=comment", "-of", "default=nw=1:nk=1", saved],
  ]).toString();
  expect(comment).toContain("o1studio-recipe:");
  expect(comment).toContain(prompt);
  expect(comment).toMatch(/"sha256":"[0-9a-f]{64}"/);

  // A different draft, then the file dropped on the composer.
  await composer.writePrompt(["Something else entirely"]);
  await studio.choose("Quality", "Standard 720p");
  await page.getByRole("button", { name: /^Remove image 1/ }).click();
  await expect.poll(() => composer.trayNames()).toEqual([]);
  const uploadsBefore = await uploadsOf(sim);

  await dropFile(page, saved, "video/mp4");
  await expect(page.getByText(/^Recipe restored from downloaded\.mp4\.$/)).toBeVisible();
  await expect(studio.prompt).toContainText(prompt);
  await expect(studio.prompt).toContainText("drives off");
  expect(await composer.trayNames()).toEqual([expect.stringMatching(/^image 1: red-car/)]);
  expect(await composer.chipNames()).toEqual([expect.stringMatching(/^image 1: red-car/)]);
  expect((await composer.setting("Quality")).checked).toMatch(/^Pro/);
  expect((await composer.setting("Aspect ratio")).checked).toBe("9:16");
  // The image came from the library: nothing was uploaded again.
  expect(await uploadsOf(sim)).toBe(uploadsBefore);
  await page.screenshot({ path: "test-results/screens/recipe-restored.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/recipe-restored-phone.png" });

  // Pasted into the prompt (copied from a file manager), the same file restores the recipe too.
  await composer.writePrompt(["Yet another draft"]);
  await page.getByRole("button", { name: /^Remove image 1/ }).click();
  await expect.poll(() => composer.trayNames()).toEqual([]);
  await expect(studio.prompt).not.toContainText(prompt);
  await pasteFile(page, saved, "video/mp4");
  await expect(studio.prompt).toContainText(prompt);
  await expect.poll(() => composer.chipNames()).toEqual([expect.stringMatching(/^image 1: red-car/)]);
  expect(await uploadsOf(sim)).toBe(uploadsBefore);
});

test("a plain MP4 dropped on the composer is refused as before, naming the file", async ({
  studio,
  page,
}, testInfo) => {
  const plain = testInfo.outputPath("holiday.mp4");
  execFileSync("ffmpeg", [
    ...["-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=1"],
    ...["-c:v", "libx264", "-pix_fmt", "yuv420p", "-y", plain],
  ]);
  await studio.open();
  await dropFile(page, plain, "video/mp4");
  await expect(page.getByText(/holiday\.mp4 is/)).toBeVisible();
  await expect(page.getByText(/Recipe restored/)).toHaveCount(0);
});

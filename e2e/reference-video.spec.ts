import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { scaleEngines } from "./support/engines";

function clip(name: string, size: string, rate: number, seconds: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "o1studio-clip-")), name);
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `testsrc=size=${size}:rate=${rate}`,
    "-t",
    String(seconds),
    "-pix_fmt",
    "yuv420p",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    file,
  ]);
  return file;
}

test.describe("reference video", () => {
  test("edit a past result (base): the new clip has the input's length, and the card says a video was edited", async ({
    studio,
    sim,
    page,
  }) => {
    const source = `Source clip: waves on rocks ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(source);
    await studio.choose("Duration", "10 s");
    await studio.generate.click();
    const sourceFacts = await studio.videoFacts(studio.card(source));
    expect(sourceFacts.duration).toBeGreaterThan(9.5);

    await studio.choose("Duration", "5 s");
    await studio
      .card(source)
      .getByRole("button", { name: /^Edit this video/ })
      .click();
    const panel = page.getByRole("region", { name: "Reference video" });
    await expect(panel.getByTestId("reference-video-facts")).toContainText("1280×720");
    await expect(panel.getByRole("img", { name: "Reference video poster" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Duration" })).toContainText("Follows the video you edit (10.0 s)");

    const edit = `Make the sea glow green ${Date.now()}`;
    await studio.prompt.fill(edit);
    await page.screenshot({ path: "test-results/screens/reference-video-composer.png", fullPage: true });
    await studio.generate.click();
    const card = studio.card(edit);
    const facts = await studio.videoFacts(card);
    expect(facts.duration).toBeGreaterThan(9.5);
    await expect(card.getByRole("img", { name: "Reference video poster" })).toBeVisible();
    await expect(card).toContainText("Edited a video");

    const sent = (await sim.submits()).find((body) => body.prompt === edit);
    expect(sent?.video_list).toEqual([
      {
        video_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/f\/video\//),
        refer_type: "base",
        keep_original_sound: "no",
      },
    ]);
  });

  test("borrow motion from a past result (feature) with one image", async ({ studio, composer, images, page, sim }) => {
    const source = `Dance source ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(source);
    await studio.generate.click();
    await studio.videoFacts(studio.card(source));

    await studio
      .card(source)
      .getByRole("button", { name: /^Edit this video/ })
      .click();
    const panel = page.getByRole("region", { name: "Reference video" });
    await expect(panel.getByTestId("reference-video-facts")).toBeVisible();
    await panel.getByRole("radio", { name: /Borrow its motion or style/ }).check();
    await expect(page.getByRole("group", { name: "Duration" })).not.toContainText("Follows the video");
    await composer.addFiles([images.blue]);
    await composer.waitForUploads();
    const prompt = `The sky in `;
    await studio.prompt.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type(prompt);
    await page.keyboard.press("Alt+Digit1");
    const marker = `copies the moves ${Date.now()}`;
    await page.keyboard.type(` ${marker}`);
    await studio.generate.click();
    const card = page.locator("article[data-status=completed]").filter({ hasText: marker });
    await expect(card).toBeVisible({ timeout: 60_000 });
    await expect(card).toContainText("Video reference");
    await page.screenshot({ path: "test-results/screens/reference-video-feature.png", fullPage: true });
    const sent = (await sim.submits()).find((body) => String(body.prompt).includes(marker));
    expect((sent?.video_list as Array<{ refer_type: string }> | undefined)?.[0]?.refer_type).toBe("feature");
    expect(sent?.image_urls).toHaveLength(1);
  });

  for (const [name, url, message] of [
    ["an unreachable host", "https://videos.nonexistent.invalid/clip.mp4", /could not|couldn't|reach|resolve/i],
    ["a private address", "http://10.1.2.3/clip.mp4", /private/i],
    ["a page that is not a video", "APP/", /not.*video|did not return a video/i],
  ] as const) {
    test(`${name} gives a clear message and keeps the draft`, async ({ studio, page, stack }) => {
      const prompt = `Keep this draft ${Date.now()}`;
      await studio.open();
      await studio.prompt.fill(prompt);
      await page.getByRole("button", { name: "Add a reference video" }).click();
      const panel = page.getByRole("region", { name: "Reference video" });
      await panel.getByRole("textbox", { name: "Video URL" }).fill(url.replace("APP/", `${stack.appUrl}/`));
      await panel.getByRole("button", { name: "Use video" }).click();
      await expect(panel.getByRole("alert")).toContainText(message, { timeout: 40_000 });
      await expect(panel.getByRole("alert")).not.toContainText(/Error:|at \w+ \(/);
      await expect(studio.prompt).toHaveText(prompt);
    });
  }

  test("upload a video file: checked, served by the app, and edited into a clip of its length", async ({
    studio,
    page,
    sim,
  }) => {
    const good = clip("my-clip.mp4", "1280x720", 30, 4);
    const slow = clip("slow.mp4", "1280x720", 15, 4);
    const prompt = `Turn the test card into a sunset ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await page.getByRole("button", { name: "Add a reference video" }).click();
    const panel = page.getByRole("region", { name: "Reference video" });

    await panel.getByLabel("Upload a video file").setInputFiles(slow);
    await expect(panel.getByRole("alert")).toContainText("15 fps");
    await expect(studio.prompt).toHaveText(prompt);

    await panel.getByLabel("Upload a video file").setInputFiles(good);
    await expect(panel.getByTestId("reference-video-facts")).toContainText("1280×720 · 4.0 s · 30 fps · MP4");
    await expect(panel.getByRole("alert")).toHaveCount(0);
    // The poster is a file the app kept (not a data URL), and it loads.
    const poster = panel.getByRole("img", { name: "Reference video poster" });
    await expect(poster).toHaveAttribute("src", /^\/media\/posters\/ref-[0-9a-f]+\.jpg$/);
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await studio.generate.click();
    const facts = await studio.videoFacts(studio.card(prompt));
    await expect(studio.card(prompt).getByRole("img", { name: "Reference video poster" })).toHaveAttribute(
      "src",
      (await poster.getAttribute("src")) ?? "",
    );
    expect(facts.duration).toBeGreaterThan(3.5);
    expect(facts.duration).toBeLessThan(4.5);
    const sent = (await sim.submits()).find((body) => body.prompt === prompt);
    const list = sent?.video_list as Array<{ video_url: string }>;
    // The folder serves it at the app's /media URL; a bucket hands APIMart a presigned GET of the object.
    expect(list[0]?.video_url).toMatch(
      scaleEngines ? /\/references\/ref-[0-9a-f]+\.mp4\?.*X-Amz-Signature=/ : /\/media\/references\/[\w-]+\.mp4$/,
    );
  });
});

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { estimateCost, formatUsd } from "../lib/apimart/prices";
import type { StudioStatus } from "../lib/generations/studio-status";
import { expect, test } from "./fixtures";
import { TEST_LIMITS } from "./support/accounts";
import { callAction } from "./support/call-action";
import { screens } from "./support/screens";

function clip(seconds: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "o1studio-cost-clip-")), "reference.mp4");
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30", "-t", String(seconds)],
    ...["-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast", file],
  ]);
  return file;
}

type Tier = { mode: "std" | "pro"; seconds: number; video: "none" | "feature" | "base" };

const quality = { std: "Standard 720p", pro: "Pro 1080p" } as const;

function expected({ mode, seconds, video }: Tier): string {
  const { cost, credits } = estimateCost({ mode, seconds, withVideo: video !== "none" });
  return `${formatUsd(cost)} · ${Number(credits.toFixed(2))} credits`;
}

test("every card's cost and credits are the price table's, for every tier, and the header adds them up", async ({
  studio,
  page,
  stack,
}) => {
  test.setTimeout(240_000);
  // Every tier is in flight at once here: more than the default 3 running videos per account.
  const raised = await callAction(page.request, stack.appUrl, "saveLimits", { ...TEST_LIMITS, runningAtOnce: 10 });
  expect(raised.text).toContain('"ok":true');
  const status = async () =>
    (await (await page.request.get("/api/status?dayStart=0&monthStart=0")).json()) as StudioStatus;
  const before = await status();
  await studio.open();
  await expect(page.getByRole("form", { name: "Composer" }).getByText("Simulator — no money is spent")).toBeVisible();

  const tiers: Array<Tier & { prompt: string }> = [];
  const submit = async (tier: Tier) => {
    const prompt = `Tier ${tier.mode} ${tier.seconds}s ${tier.video} ${Date.now()}`;
    await studio.choose("Quality", quality[tier.mode]);
    if (tier.video !== "base") await studio.choose("Duration", `${tier.seconds} s`);
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    await expect(studio.card(prompt)).toBeVisible();
    tiers.push({ ...tier, prompt });
  };
  for (const mode of ["std", "pro"] as const) {
    for (const seconds of [5, 10]) await submit({ mode, seconds, video: "none" });
  }

  await page.getByRole("button", { name: "Add a reference video" }).click();
  const panel = page.getByRole("region", { name: "Reference video" });
  await panel.getByLabel("Upload a video file").setInputFiles(clip(4));
  await expect(panel.getByTestId("reference-video-facts")).toContainText("4.0 s");
  await panel.getByRole("radio", { name: /Borrow its motion or style/ }).check();
  for (const mode of ["std", "pro"] as const) {
    for (const seconds of [5, 10]) await submit({ mode, seconds, video: "feature" });
  }
  await panel.getByRole("radio", { name: /Edit this video/ }).check();
  for (const mode of ["std", "pro"] as const) await submit({ mode, seconds: 4, video: "base" });

  let total = 0;
  for (const tier of tiers) {
    const card = page.locator("article[data-status=completed]").filter({ hasText: tier.prompt });
    // The gallery renders only the rows near the viewport: scroll to the card as a creator would.
    await studio.scrollToCard(studio.card(tier.prompt));
    await expect(card).toBeVisible({ timeout: 90_000 });
    await expect(card.getByTestId("card-cost"), tier.prompt).toHaveText(expected(tier));
    total += estimateCost({ mode: tier.mode, seconds: tier.seconds, withVideo: tier.video !== "none" }).microUsd;
  }
  await screens(page, "costs");
  const after = await status();
  expect(Math.round((after.spend.today.usd - before.spend.today.usd) * 1e6)).toBe(total);
  expect(after.spend.today.generations - before.spend.today.generations).toBe(tiers.length);
  await expect(page.getByLabel("Spend and storage")).toContainText(formatUsd(after.spend.today.usd));
});

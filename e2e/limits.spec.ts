import fs from "node:fs";
import { expect, test } from "./fixtures";

// Its own stack: the limits set here are stored in this database and must not slow other specs down.
test.use({ appEnv: { E2E_STACK: "limits" } });

test.describe("per-account limits", () => {
  test("the owner sets limits; past them the API answers 429 with Retry-After and the composer says which limit", async ({
    page,
    studio,
    sim,
    images,
  }) => {
    await page.goto("/settings");
    await page.getByLabel("Uploads per minute").fill("1");
    await page.getByLabel("Monthly spend cap (US$)").fill("0.10");
    await page.getByRole("button", { name: "Save limits" }).click();
    await expect(page.getByRole("status")).toHaveText("Limits saved.");
    await page.reload();
    await expect(page.getByLabel("Uploads per minute")).toHaveValue("1");

    const upload = (name: string) =>
      page.request.post("/api/uploads", {
        multipart: { file: { name, mimeType: "image/png", buffer: fs.readFileSync(images.red) }, name },
      });
    expect((await upload("first.png")).status()).toBe(200);
    const refused = await upload("second.png");
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({
      error: {
        code: "limit",
        message: expect.stringMatching(/^Limit reached: 1 uploads a minute\. Try again in \d+ s\.$/),
      },
    });

    // The spend cap is checked against the estimate before anything is sent.
    const prompt = `Over the cap ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    await expect(
      page.getByText(/Limit reached: this video \(≈ \$0\.34\) would take your spend this month past \$0\.10/),
    ).toBeVisible();
    await expect(studio.prompt).toContainText(prompt);
    expect((await sim.submits()).some((body) => body.prompt === prompt)).toBe(false);
  });
});

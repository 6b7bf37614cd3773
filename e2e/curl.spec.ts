import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";

test("the copied curl command runs as shown against the simulator and gets a task id", async ({
  studio,
  composer,
  sim,
  stack,
  images,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const prompt = `Curl me: a red kite over green hills ${Date.now()}`;
  await studio.open();
  await composer.addFiles([images.red, images.green]);
  await composer.waitForUploads();
  await studio.prompt.fill(prompt);

  await page.getByText("Request preview").click();
  const shown = await composer.wireBody();
  expect(shown.image_urls).toHaveLength(2);
  await page.getByRole("button", { name: "Copy as curl" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const command = await page.evaluate(() => navigator.clipboard.readText());
  await page.screenshot({ path: "test-results/screens/curl-preview.png" });

  // Aimed where the app sends, with the key as a variable only; the image URLs are the simulator's own.
  expect(command).toContain(`${stack.simulatorUrl}/v1/videos/generations`);
  expect(command).toContain('"Authorization: Bearer $APIMART_API_KEY"');
  expect(command).not.toContain("sk-o1studio-simulator");
  for (const url of shown.image_urls ?? []) expect(url.startsWith(stack.simulatorUrl)).toBe(true);

  // A fresh shell with no key set, as a creator pasting it would have.
  const { APIMART_API_KEY: _none, ...cleanEnv } = process.env;
  const answer = JSON.parse(
    execFileSync("bash", ["-c", command], { env: cleanEnv, encoding: "utf8", timeout: 30_000 }),
  );
  const taskId = answer?.data?.[0]?.task_id ?? answer?.data?.id;
  expect(taskId).toMatch(/^task_/);

  // The simulator received exactly the body the preview showed.
  const received = (await sim.submits()).filter((body) => body.prompt === prompt);
  expect(received).toEqual([shown]);
});

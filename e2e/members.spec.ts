import type { Browser, Page } from "@playwright/test";
import { expect, signedOut, test } from "./fixtures";
import { addUser, signIn, type TestAccount } from "./support/accounts";
import { callAction } from "./support/call-action";
import { generationOf } from "./support/generations";
import type { Stack } from "./support/stack";
import { ComposerPage, StudioPage } from "./support/studio-page";

/** A card by the marker in its prompt (the card's name starts with the image token). */
const cardOf = (page: Page, marker: string) => page.locator("article").filter({ hasText: marker });

const member: TestAccount = { email: "member@studio.test", password: "member-password-1" };

/** The owner makes a finished video from one reference image; answers its card and what the app says of it. */
async function ownerVideo(studio: StudioPage, composer: ComposerPage, image: string, marker: string) {
  await studio.open();
  await studio.page.evaluate(() => window.localStorage.clear());
  await studio.open();
  await composer.addFiles([image]);
  await composer.waitForUploads();
  await composer.writePrompt([1, ` ${marker}`]);
  await studio.generate.click();
  const card = cardOf(studio.page, marker);
  await studio.videoFacts(card);
  return { card, view: await generationOf(studio.page, card) };
}

/** A second browser signed in as the member (created through the users script the first time). */
async function memberPage(browser: Browser, stack: Stack): Promise<Page> {
  await addUser(stack, member).catch((error: Error) => {
    if (!/already exists/.test(error.message)) throw error;
  });
  const context = await browser.newContext({ storageState: signedOut });
  await signIn(context.request, stack, member);
  return context.newPage();
}

test.describe("members see only their own studio", () => {
  test("a member sees none of the owner's generations, images or media: UI, direct URLs, API, actions", async ({
    studio,
    composer,
    images,
    browser,
    stack,
    sim,
  }) => {
    const marker = `owner-only ${Date.now()}`;
    const { view } = await ownerVideo(studio, composer, images.red, marker);
    const ownerUrls = [view.videoUrl, view.posterUrl, view.images[0]?.previewUrl];
    expect(ownerUrls.every((url) => typeof url === "string" && url.startsWith("/media/"))).toBe(true);

    const page = await memberPage(browser, stack);
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(member.email);
    await expect(page.getByRole("heading", { name: "O1 Studio" })).toBeVisible();
    await expect(cardOf(page, marker)).toHaveCount(0);

    // The API, with the owner's real id, plain and with "Check again".
    for (const query of [`ids=${view.id}`, `ids=${view.id}&force=1`, "limit=100"]) {
      const answer = await page.request.get(`/api/generations?${query}`);
      expect(answer.status()).toBe(200);
      const { generations } = (await answer.json()) as { generations: Array<{ id: string }> };
      expect(generations.map((generation) => generation.id)).not.toContain(view.id);
    }
    // The owner's media URLs: 404 to the member (as if they did not exist), 401 with no session at all.
    const anonymous = await browser.newContext({ storageState: signedOut });
    for (const url of ownerUrls) {
      expect((await page.request.get(url ?? "")).status(), url ?? "").toBe(404);
      expect((await anonymous.request.get(`${stack.appUrl}${url}`)).status(), url ?? "").toBe(401);
    }
    await anonymous.close();

    // Actions with the owner's ids: every one answers not_found and changes nothing.
    for (const name of [
      "deleteGeneration",
      "shareGeneration",
      "retryGeneration",
      "revokeShare",
      "resultAsReference",
      "deleteOtherTakes",
    ]) {
      const answer = await callAction(page.request, stack.appUrl, name, { generationId: view.id });
      expect(answer.text, name).toContain('"code":"not_found"');
    }
    const starred = await callAction(page.request, stack.appUrl, "favouriteGeneration", {
      generationId: view.id,
      favourite: true,
    });
    expect(starred.text).toContain('"code":"not_found"');
    const restored = await callAction(page.request, stack.appUrl, "restoreTakes", { generationIds: [view.id] });
    expect(restored.text).toContain('"code":"not_found"');
    // The download that carries the recipe: the owner's only.
    expect((await page.request.get(`/api/generations/${view.id}/download`)).status()).toBe(404);
    const stolenPrompt = `borrowed <<<image_1>>> ${Date.now()}`;
    const borrowed = await callAction(page.request, stack.appUrl, "submitGeneration", {
      draftId: crypto.randomUUID(),
      prompt: stolenPrompt,
      mode: "std",
      duration: 5,
      aspectRatio: "16:9",
      images: [{ assetId: view.images[0]?.assetId, name: "theirs.png" }],
    });
    expect(borrowed.text).toContain("is not stored by O1 Studio");
    expect((await sim.submits()).some((body) => String(body.prompt).includes("borrowed"))).toBe(false);

    // The owner still has it all.
    await studio.open();
    await expect(cardOf(studio.page, marker)).toBeVisible();
    expect((await studio.page.request.get(view.videoUrl ?? "")).status()).toBe(200);
    await page.context().close();
  });

  test("a share works signed out, a visitor's Remix lands in their own studio with their own images, and revoking kills it all", async ({
    studio,
    composer,
    images,
    browser,
    stack,
    sim,
  }) => {
    const marker = `shared-remix ${Date.now()}`;
    const { card, view } = await ownerVideo(studio, composer, images.green, marker);
    const ownerSubmit = (await sim.submits()).find((body) => String(body.prompt).includes(marker));
    const ownerImageUrls = ownerSubmit?.image_urls as string[];
    expect(ownerImageUrls).toHaveLength(1);

    await card.getByRole("button", { name: /^Copy share link/ }).click();
    const field = card.getByRole("textbox", { name: "Share link" });
    await expect(field).toHaveValue(/\/s\/[A-Za-z0-9_-]{22,}$/);
    const url = await field.inputValue();
    const slug = url.split("/").pop() ?? "";
    const shareUrls = [
      url,
      `${url}/video.mp4`,
      `${url}/poster.jpg`,
      `${url}/images/1`,
      `${stack.appUrl}/api/shares/${slug}/recipe`,
    ];

    const stranger = await browser.newContext({ storageState: signedOut });
    for (const shared of shareUrls) expect((await stranger.request.get(shared)).status(), shared).toBe(200);
    const recipeText = await (await stranger.request.get(shareUrls[4] ?? "")).text();
    expect(recipeText).not.toContain(view.images[0]?.assetId ?? "none");
    expect(recipeText).not.toContain("/media/");
    expect(recipeText).not.toContain(ownerImageUrls[0] ?? "none");

    // A visitor signs in from the share page's Remix and gets the recipe in their own studio.
    const visitor = await memberPage(browser, stack);
    await visitor.goto(url);
    await visitor.getByRole("link", { name: "Remix in O1 Studio" }).click();
    await expect(visitor.getByRole("navigation", { name: "Account" })).toContainText(member.email);
    const visitorComposer = new ComposerPage(visitor);
    await expect.poll(() => visitorComposer.trayNames()).toHaveLength(1);
    await visitorComposer.waitForUploads();
    await new StudioPage(visitor).generate.click();
    await expect
      .poll(async () => (await sim.submits()).filter((body) => String(body.prompt).includes(marker)).length)
      .toBe(2);
    const visitorSubmit = (await sim.submits()).filter((body) => String(body.prompt).includes(marker))[1];
    const visitorImageUrls = visitorSubmit?.image_urls as string[];
    expect(visitorImageUrls).toHaveLength(1);
    expect(visitorImageUrls[0]).not.toBe(ownerImageUrls[0]);
    const visitorCard = cardOf(visitor, marker);
    await expect(visitorCard).toBeVisible();
    const visitorView = await generationOf(visitor, visitorCard);
    expect(visitorView.images[0]?.assetId).not.toBe(view.images[0]?.assetId);
    expect(visitorView.images[0]?.upstreamUrl).toBe(visitorImageUrls[0]);
    expect((await visitor.request.get(visitorView.images[0]?.previewUrl ?? "")).status()).toBe(200);
    // The owner's studio did not get the visitor's generation.
    await studio.open();
    await expect(cardOf(studio.page, marker)).toHaveCount(1);

    await cardOf(studio.page, marker)
      .getByRole("button", { name: /^Stop sharing/ })
      .click();
    await expect(cardOf(studio.page, marker).getByRole("textbox", { name: "Share link" })).toHaveCount(0);
    for (const shared of shareUrls) expect((await stranger.request.get(shared)).status(), shared).toBe(404);
    await stranger.close();
    await visitor.context().close();
  });
});

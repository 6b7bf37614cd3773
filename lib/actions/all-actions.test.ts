import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appContext } from "@/lib/app-context";
import { insertImageOnce } from "@/lib/db/images";
import type { ActionResult } from "./result";

// Hoisted above the imports, so the helper is imported inside the factory.
vi.mock("@/lib/actions/access", async (original) =>
  (await import("@/test-support/signed-in-caller")).mockAccess(original),
);

// env() is read lazily, at the first database access, so this reaches it before any test runs.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-actions-test-"));
process.env.DATA_DIR = dataDir;
process.env.APIMART_API_KEY = "";

afterEach(() => vi.restoreAllMocks());

const actionsDir = path.resolve(import.meta.dirname, "../../app/actions");

/** Every exported server action, found on disk so a new action cannot skip this test. */
async function allActions(): Promise<Array<[string, (input: unknown) => Promise<ActionResult<unknown>>]>> {
  const found: Array<[string, (input: unknown) => Promise<ActionResult<unknown>>]> = [];
  for (const file of fs.readdirSync(actionsDir).filter((name) => name.endsWith(".ts"))) {
    const module: Record<string, unknown> = await import(path.join(actionsDir, file));
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function") found.push([`${file}#${name}`, value as never]);
    }
  }
  return found;
}

const takesNothing = new Set(["manage-invites.ts#createInvite"]);

const garbage: unknown[] = [undefined, null, 0, "x", [], {}, { generationId: 42 }, { url: {} }, { draftId: "" }];

describe("every server action", () => {
  it("answers malformed input with invalid_request and a readable message, never a throw", async () => {
    const actions = await allActions();
    expect(actions.length).toBeGreaterThanOrEqual(8);
    for (const [name, action] of actions) {
      for (const input of garbage) {
        // An action that takes no fields (a new invite) has nothing malformed in `{}`.
        if (takesNothing.has(name) && JSON.stringify(input) === "{}") continue;
        const result = await action(input);
        expect(result, `${name}(${JSON.stringify(input)})`).toMatchObject({
          ok: false,
          error: { code: "invalid_request" },
        });
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
      }
    }
  });

  it("answers a well-formed id that names nothing with not_found", async () => {
    const { deleteGeneration } = await import("@/app/actions/delete-generation");
    const { retryGeneration } = await import("@/app/actions/retry-generation");
    const { shareGeneration } = await import("@/app/actions/share-generation");
    for (const action of [deleteGeneration, retryGeneration, shareGeneration]) {
      await expect(action({ generationId: "no-such-generation" })).resolves.toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
    }
  });
});

describe("submit", () => {
  const input = {
    draftId: "draft-actions-1",
    prompt: "<<<image_1>>> meets <<<image_2>>>",
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
  };

  it("resolves images from its own table and names an unknown one, before anything is sent", async () => {
    const image = {
      sha256: "0".repeat(64),
      file: "known.jpg",
      name: "first-upload.jpg",
      contentType: "image/jpeg",
      bytes: 10,
      width: 800,
      height: 600,
      upstreamUrl: "https://upload.test/known.jpg",
      upstreamUploadedAt: Date.now(),
      createdAt: Date.now(),
    };
    await insertImageOnce(appContext().db, { ...image, id: "known", ownerId: "user-owner" });
    // The same bytes in another account's library: its id is as unknown to this caller as a forged one.
    await insertImageOnce(appContext().db, { ...image, id: "theirs", file: "theirs.jpg", ownerId: "user-other" });
    const { submitGeneration } = await import("@/app/actions/submit-generation");
    const result = await submitGeneration({
      ...input,
      images: [
        { assetId: "known", name: "cat.jpg" },
        { assetId: "forged", name: "dog.jpg", upstreamUrl: "https://evil.test/x.jpg" },
      ],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid_request",
        message: "Image 2 (dog.jpg) is not stored by O1 Studio. Remove it from the tray and add it again.",
        field: "images.1",
      },
    });
    const borrowed = await submitGeneration({
      ...input,
      draftId: "draft-actions-2",
      images: [{ assetId: "theirs", name: "x.jpg" }],
    });
    expect(borrowed).toMatchObject({ ok: false, error: { code: "invalid_request", field: "images.0" } });
  });
});

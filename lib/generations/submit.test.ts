import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApimartError } from "@/lib/apimart";
import { findGeneration, findGenerationByDraft } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { timeout } from "@/test-support/fake-upstream";
import { type Kit, kitEngines, lifecycleKitOn, type SqliteKit, submitInput } from "@/test-support/lifecycle-kit";
import { resumeSubmit } from "./send-submit";
import { submitGeneration } from "./submit";
import { SUBMIT_GIVE_UP_MS, SUBMIT_MAX_ATTEMPTS, UNCONFIRMED_MESSAGE } from "./submit-outcome";

let kit: Kit;

const rateLimited = () => new ApimartError("rate_limit", "The video service is busy (rate limit).", { status: 429 });

// The lifecycle on every engine the app runs on: leases, the draft claim and every write mean the same on both.
describe.each(kitEngines)("on %s", (engine) => {
  beforeEach(async () => {
    kit = await lifecycleKitOn(engine);
  });
  afterEach(() => kit.close());

  describe("submitGeneration", () => {
    it("claims the draft, saves the exact body, sends it with the claim's key and records the task id", async () => {
      const input = submitInput();
      const { generation, duplicate } = await submitGeneration(kit, input);
      expect(duplicate).toBe(false);
      expect(generation).toMatchObject({ status: "pending", taskId: "task_1", prompt: input.prompt });
      const row = await findGeneration(kit.db, generation.id);
      expect(kit.fake.submits).toEqual([{ body: JSON.parse(row?.requestJson ?? ""), key: row?.idempotencyKey }]);
      expect(row?.idempotencyKey).not.toBe(input.draftId);
      expect(row).toMatchObject({ submittedAt: kit.time.now(), leaseToken: null, nextPollAt: kit.time.now() + 10_000 });
      expect(generation.estimatedCost).toBe(0.336);
    });

    it("answers a second submit of the same draft with the first generation and sends nothing more", async () => {
      const input = submitInput();
      const release = kit.fake.hold();
      const first = submitGeneration(kit, input);
      const second = await submitGeneration(kit, input);
      release();
      expect(second.duplicate).toBe(true);
      expect((await first).generation.id).toBe(second.generation.id);
      expect(kit.fake.submits).toHaveLength(1);
    });

    it("throws a definite refusal, keeps the row out of the gallery, and lets the draft be claimed again with a new key", async () => {
      const input = submitInput();
      kit.fake.fail("submit", rateLimited());
      await expect(submitGeneration(kit, input)).rejects.toMatchObject({ code: "rate_limit" });
      const refused = await findGenerationByDraft(kit.db, input.draftId);
      expect(refused).toMatchObject({ status: "rejected", errorCode: "rate_limit" });

      // The creator edits the prompt and tries again in the same draft: a new key, so no 409 upstream.
      const edited = { ...input, prompt: "A lighthouse in fog" };
      const { generation } = await submitGeneration(kit, edited);
      const row = await findGeneration(kit.db, generation.id);
      expect(row?.id).toBe(refused?.id);
      expect(row?.idempotencyKey).not.toBe(refused?.idempotencyKey);
      expect(kit.fake.submits.map((submit) => submit.body.prompt)).toEqual([
        "A lighthouse in a storm",
        "A lighthouse in fog",
      ]);
      expect(generation.status).toBe("pending");
    });

    it("treats a 409 key_reused as definite, so the next claim gets a new key (never a dead end)", async () => {
      const input = submitInput();
      kit.fake.fail(
        "submit",
        new ApimartError("invalid_request", "This request key was already used for a different request.", {
          status: 409,
          idempotency: "key_reused",
        }),
      );
      await expect(submitGeneration(kit, input)).rejects.toMatchObject({ code: "invalid_request" });
      await expect(submitGeneration(kit, input)).resolves.toMatchObject({ generation: { status: "pending" } });
    });

    it("keeps an unanswered submit as `checking` and resends the identical body and key until the task is known", async () => {
      const input = submitInput();
      kit.fake.fail("submit", timeout(), { after: true });
      const { generation } = await submitGeneration(kit, input);
      expect(generation.status).toBe("checking");
      expect(generation.pollWarning).toMatch(/did not answer in time/);
      const row = await findGeneration(kit.db, generation.id);
      expect(row).toMatchObject({ status: "submitting", submitAttempts: 1, nextSubmitAt: kit.time.now() + 3_000 });

      expect(await resumeSubmit(kit, generation.id)).toBeUndefined(); // not due yet
      kit.time.advance(3_000);
      const resumed = await resumeSubmit(kit, generation.id);
      expect(resumed).toMatchObject({ status: "pending", taskId: "task_1" });
      expect(kit.fake.created).toBe(1);
      expect(kit.fake.submits).toHaveLength(2);
      expect(kit.fake.submits[1]).toEqual(kit.fake.submits[0]);
    });

    it("backs off between unanswered tries (honouring Retry-After) and gives up after the last one", async () => {
      const input = submitInput();
      kit.fake.fail(
        "submit",
        new ApimartError("upstream", "An identical request is still being processed.", {
          status: 409,
          idempotency: "in_progress",
          retryAfterSeconds: 20,
        }),
      );
      const { generation } = await submitGeneration(kit, input);
      const first = await findGeneration(kit.db, generation.id);
      expect(first?.nextSubmitAt).toBe(kit.time.now() + 20_000);

      kit.fake.fail("submit", new AppError("network", undefined, { detail: "reset" }), { times: SUBMIT_MAX_ATTEMPTS });
      const delays: number[] = [];
      for (let attempt = 2; attempt <= SUBMIT_MAX_ATTEMPTS; attempt++) {
        const row = await findGeneration(kit.db, generation.id);
        kit.time.time = row?.nextSubmitAt ?? kit.time.time;
        const after = await resumeSubmit(kit, generation.id);
        if (after?.nextSubmitAt) delays.push(after.nextSubmitAt - kit.time.now());
      }
      expect(delays).toEqual([9_000, 27_000, 81_000, 243_000]);
      const ended = await findGeneration(kit.db, generation.id);
      expect(ended).toMatchObject({ status: "failed", errorMessage: UNCONFIRMED_MESSAGE });
    });

    it("reports a refusal that arrives on a resend on the card (failed), not as a hidden rejection", async () => {
      kit.fake.fail("submit", timeout());
      const { generation } = await submitGeneration(kit, submitInput());
      kit.fake.fail("submit", new ApimartError("balance", "The APIMart account is out of balance.", { status: 402 }));
      kit.time.advance(3_000);
      expect(await resumeSubmit(kit, generation.id)).toMatchObject({ status: "failed", errorCode: "balance" });
    });

    // A read-only SQLite file is a real refusal; Postgres's disk-full refusal is in e2e/storage-full.spec.ts.
    it.skipIf(engine === "postgres")(
      "sends nothing when the claim cannot be stored, and the same draft goes through once it can",
      async () => {
        const input = submitInput();
        await expect(submitGeneration({ ...kit, db: (kit as SqliteKit).readOnlyDb() }, input)).rejects.toMatchObject({
          code: "storage",
          message: "Could not save — the app's storage is full or unwritable",
        });
        expect(kit.fake.submits).toHaveLength(0);

        await expect(submitGeneration(kit, input)).resolves.toMatchObject({ duplicate: false });
        expect(kit.fake.submits).toHaveLength(1);
      },
    );

    it("rejects a recipe that cannot be resolved before anything is sent", async () => {
      const input = submitInput({ images: [{ assetId: "nope", name: "cat.jpg" }] });
      await expect(submitGeneration(kit, input)).rejects.toMatchObject({ field: "images.0" });
      expect(await findGenerationByDraft(kit.db, input.draftId)).toMatchObject({ status: "rejected" });
      expect(kit.fake.submits).toHaveLength(0);
    });

    it("checks a reference video again and keeps its poster", async () => {
      const video = { url: "https://clips.test/a.mp4", referType: "base" as const, keepOriginalSound: false };
      const { generation } = await submitGeneration(kit, submitInput({ video }));
      expect(generation.video?.check).toMatchObject({ durationSeconds: 5 });
      expect(generation.video?.check?.posterUrl).toMatch(/^\/media\/posters\/ref-[0-9a-f]{32}\.jpg$/);
      expect(kit.fake.submits[0]?.body.video_list).toEqual([
        { video_url: video.url, refer_type: "base", keep_original_sound: "no" },
      ]);
    });
    it("lets a base video decide duration and shape, whatever the browser sent", async () => {
      const portrait = {
        container: "mp4" as const,
        durationSeconds: 4.2,
        width: 720,
        height: 1280,
        fps: 30,
        hasAudio: false,
      };
      const deps = {
        ...kit,
        validateVideo: async () => ({
          ok: true as const,
          probe: { ...portrait, bytes: 1000, codec: "h264" },
          posterJpeg: undefined,
        }),
      };
      const video = { url: "https://clips.test/tall.mp4", referType: "base" as const, keepOriginalSound: false };
      const { generation } = await submitGeneration(deps, submitInput({ video, duration: 10, aspectRatio: "16:9" }));
      expect(generation).toMatchObject({ duration: 5, aspectRatio: "9:16" });
      expect(kit.fake.submits[0]?.body).toMatchObject({ duration: 5, aspect_ratio: "9:16" });
    });
  });

  describe("resumeSubmit (a crash mid-submit)", () => {
    it("resends a row whose body was saved once the dead worker's lease has run out", async () => {
      const input = submitInput();
      const release = kit.fake.hold();
      const pending = submitGeneration(kit, input);
      // The body is saved and on its way upstream (held there) when the "crash" happens.
      await vi.waitFor(() => expect(kit.fake.submits).toHaveLength(1));
      const row = await findGenerationByDraft(kit.db, input.draftId);
      // Another instance while the first still holds the lease: nothing happens.
      expect(await resumeSubmit(kit.other(), row?.id ?? "")).toBeUndefined();
      // The first instance "dies": its lease runs out and the other one resumes with the same key.
      kit.time.advance(kit.settings.leaseMs + 1);
      const resumed = await resumeSubmit(kit.other(), row?.id ?? "");
      expect(resumed).toMatchObject({ status: "pending", taskId: "task_1" });
      release();
      await pending;
      expect(kit.fake.created).toBe(1);
      expect(new Set(kit.fake.submits.map((submit) => submit.key)).size).toBe(1);
    });

    it("sets aside a row that crashed before its body was saved: nothing was sent", async () => {
      const input = submitInput({
        video: { url: "https://clips.test/b.mp4", referType: "base", keepOriginalSound: false },
      });
      kit.validateVideo = () => new Promise(() => {}); // the check never ends: the process "dies" here
      void submitGeneration(kit, input);
      await vi.waitFor(async () => expect(await findGenerationByDraft(kit.db, input.draftId)).toBeDefined());
      const row = await findGenerationByDraft(kit.db, input.draftId);
      kit.time.advance(kit.settings.leaseMs + 1);
      expect(await resumeSubmit(kit.other(), row?.id ?? "")).toMatchObject({ status: "rejected" });
      expect(kit.fake.submits).toHaveLength(0);
    });

    it("never resends a submit older than the give-up window", async () => {
      kit.fake.fail("submit", timeout());
      const { generation } = await submitGeneration(kit, submitInput());
      kit.time.advance(SUBMIT_GIVE_UP_MS + 1);
      expect(await resumeSubmit(kit, generation.id)).toMatchObject({ status: "failed" });
      expect(kit.fake.submits).toHaveLength(1);
    });
  });
});

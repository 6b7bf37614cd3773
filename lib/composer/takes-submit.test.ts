import { describe, expect, it } from "vitest";
import type { SubmitInput } from "@/lib/generations/recipe";
import type { GenerationView } from "@/lib/generations/view";
import { startComposer } from "@/test-support/composer-test-kit";
import { fakeServer, instantUploads, noDecoding } from "@/test-support/tray-test-kit";

describe("Generate ×N in the composer", () => {
  it("sends one takes request with the count, is never held back by the repeat guard, and renews a used key", async () => {
    const takesCalls: Array<SubmitInput & { takes: number }> = [];
    const singles: SubmitInput[] = [];
    const server = fakeServer({
      submit: async (input) => {
        singles.push(input);
        return { ok: true, data: { generation: { id: "single" } as GenerationView, duplicate: false } };
      },
      submitTakes: async (input) => {
        takesCalls.push(input);
        const generations = Array.from({ length: input.takes }, (_, i) => ({ id: `t${i}` }) as GenerationView);
        return { ok: true, data: { generations, stopped: null } };
      },
    });
    const composer = startComposer({ server, decode: noDecoding, upload: instantUploads, now: () => 5_000 });
    composer.commands.editDoc([{ kind: "text", text: "a lantern" }], composer.state().docRevision);

    expect(await composer.commands.submit()).toMatchObject({ kind: "sent" });
    // The same draft a moment later, as ×3: explicit and priced, so it goes, under a new key.
    composer.commands.setTakes(3);
    const outcome = await composer.commands.submit();
    expect(outcome).toMatchObject({ kind: "sent-takes", takes: 3, stopped: null });
    expect(takesCalls).toHaveLength(1);
    expect(takesCalls[0]?.takes).toBe(3);
    expect(takesCalls[0]?.draftId).not.toBe(singles[0]?.draftId);
    expect(singles).toHaveLength(1);

    // Back to ×1: the repeat guard applies again.
    composer.commands.setTakes(1);
    expect(await composer.commands.submit()).toEqual({ kind: "repeat" });
  });

  it("a refused group is the composer's alert and the draft stays", async () => {
    const server = fakeServer({
      submitTakes: async () => ({
        ok: false,
        error: { code: "limit", message: "Limit reached: 3 takes would make 4 videos running at once." },
      }),
    });
    const composer = startComposer({ server, decode: noDecoding, upload: instantUploads });
    composer.commands.editDoc([{ kind: "text", text: "a lantern" }], composer.state().docRevision);
    composer.commands.setTakes(9);
    expect(composer.state().takes).toBe(4);
    composer.commands.setTakes(3);
    expect(await composer.commands.submit()).toMatchObject({ kind: "failed" });
    expect(composer.state().alert).toContain("3 takes would make 4 videos running at once");
    expect(composer.state().draft.lastSent).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { submitGeneration } from "@/lib/generations/submit";
import { type Kit, lifecycleKit, submitInput } from "@/test-support/lifecycle-kit";
import { users } from "./auth-schema";
import {
  findGenerations,
  findOwnedGeneration,
  listGenerations,
  ownsGenerationFile,
  updateGeneration,
} from "./generations";
import { findImageBySha256, findOwnedImageFile, findOwnedImages, insertImageOnce } from "./images";
import {
  claimInvite,
  findUsableInvite,
  insertInvite,
  listOpenInvites,
  revokeInvite,
  settleInviteClaim,
} from "./invites";
import { claimUnowned } from "./ownership";

let kit: Kit;
beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

const image = (id: string, ownerId: string) => ({
  id,
  ownerId,
  sha256: "a".repeat(64),
  file: `${id}.jpg`,
  name: `${id}.jpg`,
  contentType: "image/jpeg",
  bytes: 10,
  width: 800,
  height: 600,
  createdAt: 1,
});

describe("owner scopes", () => {
  it("keeps each owner's generations and images to that owner, and the same bytes twice apart", async () => {
    const mine = await submitGeneration(kit, submitInput({ draftId: "d-mine" }), { ownerId: "alice" });
    const theirs = await submitGeneration(kit, submitInput({ draftId: "d-theirs" }), { ownerId: "bob" });
    const id = mine.generation.id;
    expect((await listGenerations(kit.db, { ownerId: "alice", limit: 10 })).map((row) => row.id)).toEqual([id]);
    expect(await findGenerations(kit.db, [id, theirs.generation.id], { ownerId: "bob" })).toHaveLength(1);
    expect(await findOwnedGeneration(kit.db, id, { ownerId: "bob" })).toBeUndefined();
    expect((await findOwnedGeneration(kit.db, id, { ownerId: "alice" }))?.id).toBe(id);
    await updateGeneration(kit.db, id, { videoFile: "v.mp4", posterFile: "p.jpg", updatedAt: 2 });
    expect(await ownsGenerationFile(kit.db, { videoFile: "v.mp4" }, { ownerId: "alice" })).toBe(true);
    expect(await ownsGenerationFile(kit.db, { posterFile: "p.jpg" }, { ownerId: "bob" })).toBe(false);

    expect(await insertImageOnce(kit.db, image("a1", "alice"))).toBeDefined();
    expect(await insertImageOnce(kit.db, image("b1", "bob"))).toBeDefined();
    expect(await insertImageOnce(kit.db, image("a2", "alice"))).toBeUndefined();
    expect((await findImageBySha256(kit.db, { ownerId: "bob" }, "a".repeat(64)))?.id).toBe("b1");
    expect((await findOwnedImages(kit.db, ["a1", "b1"], { ownerId: "alice" })).map((row) => row.id)).toEqual(["a1"]);
    expect(await findOwnedImageFile(kit.db, "a1.jpg", { ownerId: "bob" })).toBeUndefined();
  });

  it("another owner's draft id is refused, never answered with that owner's card", async () => {
    await submitGeneration(kit, submitInput({ draftId: "shared-draft" }), { ownerId: "alice" });
    await expect(submitGeneration(kit, submitInput({ draftId: "shared-draft" }), { ownerId: "bob" })).rejects.toThrow(
      /cannot be sent/,
    );
  });

  it("gives the rows from before accounts to the owner account", async () => {
    const old = await submitGeneration(kit, submitInput({ draftId: "d-old" }));
    await insertImageOnce(kit.db, image("old", ""));
    await claimUnowned(kit.db, "owner-1");
    expect((await findOwnedGeneration(kit.db, old.generation.id, { ownerId: "owner-1" }))?.id).toBe(old.generation.id);
    expect(await findOwnedImages(kit.db, ["old"], { ownerId: "owner-1" })).toHaveLength(1);
    expect(await listGenerations(kit.db, { ownerId: null, limit: 10 })).toEqual([]);
  });
});

describe("invites", () => {
  it("are single use, expire, can be revoked, and a claim can be given back", async () => {
    await kit.db
      .insert(users)
      .values({ id: "owner-1", name: "o", email: "o@x.test", createdAt: new Date(), updatedAt: new Date() });
    const row = { createdBy: "owner-1", createdAt: 1000, expiresAt: 5000 };
    await insertInvite(kit.db, { ...row, id: "i1", tokenHash: "h1" });
    await insertInvite(kit.db, { ...row, id: "i2", tokenHash: "h2" });
    expect((await listOpenInvites(kit.db, 2000)).map((invite) => invite.id).sort()).toEqual(["i1", "i2"]);
    expect((await findUsableInvite(kit.db, "h1", 2000))?.id).toBe("i1");
    expect(await findUsableInvite(kit.db, "h1", 6000)).toBeUndefined();

    const claims = await Promise.all([claimInvite(kit.db, "h1", 2000, "c1"), claimInvite(kit.db, "h1", 2000, "c2")]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = claims.find(Boolean)?.usedBy ?? "";
    await settleInviteClaim(kit.db, "i1", winner, null);
    expect(await claimInvite(kit.db, "h1", 2000, "c3")).toBeDefined();
    await settleInviteClaim(kit.db, "i1", "c3", "member-1");
    expect(await claimInvite(kit.db, "h1", 2000, "c4")).toBeUndefined();

    expect(await revokeInvite(kit.db, "i2", 2000)).toBe(true);
    expect(await revokeInvite(kit.db, "i2", 2000)).toBe(false);
    expect(await claimInvite(kit.db, "h2", 2000, "c5")).toBeUndefined();
  });
});

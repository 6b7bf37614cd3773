import { eq } from "drizzle-orm";
import type { Db } from "./client";

import { run } from "./write";

/**
 * Gives the rows from before accounts (owner "") to the owner account, once, when it is created: a studio that
 * was used without accounts keeps its gallery under its owner, and no member ever sees those rows.
 */
export async function claimUnowned(db: Db, ownerId: string): Promise<void> {
  const { generations, images, shares } = db.tables;
  await run("claiming earlier generations", () =>
    db.update(generations).set({ ownerId }).where(eq(generations.ownerId, "")).returning({ id: generations.id }),
  );
  await run("claiming earlier images", () =>
    db.update(images).set({ ownerId }).where(eq(images.ownerId, "")).returning({ id: images.id }),
  );
  await run("claiming earlier share links", () =>
    db.update(shares).set({ ownerId }).where(eq(shares.ownerId, "")).returning({ slug: shares.slug }),
  );
}

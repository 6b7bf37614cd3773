import "server-only";
import type { Db } from "@/lib/db/client";
import { findOwnedGeneration, type GenerationRow } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import type { Account } from "./accounts";

/**
 * The caller's own generation, or `not_found` — the same answer as for an id that names nothing, so another
 * account's ids reveal nothing. Every action that names a generation passes here before it works on it.
 */
export async function ownedGeneration(db: Db, account: Account, generationId: string): Promise<GenerationRow> {
  const row = await findOwnedGeneration(db, generationId, { ownerId: account.id });
  if (!row) throw new AppError("not_found", "That video no longer exists.");
  return row;
}

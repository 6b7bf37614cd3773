"use server";

import { type SubmitOutcome, submitGeneration as submit } from "@/lib/generations/submit";

/** Thin by design: validation, idempotency and the upstream call live in lib/generations/submit. */
export async function submitGeneration(recipe: unknown): Promise<SubmitOutcome> {
  return submit(recipe);
}

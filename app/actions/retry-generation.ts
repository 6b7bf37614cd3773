"use server";

import { z } from "zod";
import { retryGeneration as retry } from "@/lib/generations/manage";
import type { SubmitOutcome } from "@/lib/generations/submit";

/** Re-sends the same recipe as a new generation. */
export async function retryGeneration(id: unknown): Promise<SubmitOutcome> {
  const parsed = z.string().min(1).max(100).safeParse(id);
  if (!parsed.success) return { ok: false, code: "invalid_request", message: "Unknown generation." };
  return retry(parsed.data);
}

"use server";

import { z } from "zod";
import { restoreGeneration as restore } from "@/lib/generations/manage";

/** Undo of a delete, within the undo window. */
export async function restoreGeneration(id: unknown): Promise<{ ok: boolean }> {
  const parsed = z.string().min(1).max(100).safeParse(id);
  return { ok: parsed.success && restore(parsed.data) };
}

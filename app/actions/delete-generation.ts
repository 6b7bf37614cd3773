"use server";

import { z } from "zod";
import { softDeleteGeneration } from "@/lib/generations/manage";

export async function deleteGeneration(id: unknown): Promise<{ ok: boolean }> {
  const parsed = z.string().min(1).max(100).safeParse(id);
  return { ok: parsed.success && softDeleteGeneration(parsed.data) };
}

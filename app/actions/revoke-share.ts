"use server";

import { z } from "zod";
import { revokeShareLinks } from "@/lib/shares/share-links";

export async function revokeShare(generationId: unknown): Promise<{ ok: boolean; revoked: number }> {
  const parsed = z.string().min(1).max(100).safeParse(generationId);
  if (!parsed.success) return { ok: false, revoked: 0 };
  return { ok: true, revoked: revokeShareLinks(parsed.data) };
}

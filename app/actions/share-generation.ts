"use server";

import { z } from "zod";
import { type ErrorCode, toUserError } from "@/lib/errors";
import { ensureShareLink, type ShareLink } from "@/lib/shares/share-links";

const input = z.object({ generationId: z.string().min(1).max(100), hideReferences: z.boolean().optional() });

export async function shareGeneration(
  request: unknown,
): Promise<{ ok: true; link: ShareLink } | { ok: false; code: ErrorCode; message: string }> {
  const parsed = input.safeParse(request);
  if (!parsed.success) return { ok: false, code: "invalid_request", message: "Unknown generation." };
  try {
    return {
      ok: true,
      link: ensureShareLink(parsed.data.generationId, { hideReferences: parsed.data.hideReferences }),
    };
  } catch (error) {
    return { ok: false, ...toUserError(error) };
  }
}

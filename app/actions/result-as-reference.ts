"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { signMediaUrl } from "@/lib/auth/media-signature";
import { ownedGeneration } from "@/lib/auth/owned";
import { authSecret } from "@/lib/auth/secret";
import { checkReferenceVideo } from "@/lib/generations/reference-video";
import { resultAsReference as pick } from "@/lib/generations/result-as-reference";
import { referTypes } from "@/lib/generations/settings";

/** The app's own copy goes out as a signed link (a day): APIMart and the check fetch it without a session. */
function ownCopySigned(context: ReturnType<typeof appContext>, url: string): string {
  const own = url.startsWith(`${context.config.publicBaseUrl}/media/videos/`);
  if (!own) return url;
  const expiresAt = Math.floor(context.clock.now() / 1000) + 24 * 60 * 60;
  return signMediaUrl(authSecret(context.config.dataDir), url, expiresAt);
}

const input = generationIdInput.extend({ referType: z.enum(referTypes).default("base") });

/** A past result as the reference video: which URL to send, and its check, in one round trip. */
export const resultAsReference = defineAction({
  name: "result-as-reference",
  input,
  run: async ({ generationId, referType }, { caller }) => {
    const context = appContext();
    // Checked before the server fetches its own copy: another account's result is not_found.
    await ownedGeneration(context.db, accountOf(caller), generationId);
    const url = ownCopySigned(context, await pick(context, generationId));
    return { url, check: await checkReferenceVideo(context, url, referType) };
  },
});

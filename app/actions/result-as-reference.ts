"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { checkReferenceVideo } from "@/lib/generations/reference-video";
import { resultAsReference as pick } from "@/lib/generations/result-as-reference";
import { referTypes } from "@/lib/generations/settings";

const input = generationIdInput.extend({ referType: z.enum(referTypes).default("base") });

/** A past result as the reference video: which URL to send, and its check, in one round trip. */
export const resultAsReference = defineAction({
  name: "result-as-reference",
  input,
  run: async ({ generationId, referType }) => {
    const url = await pick(generationId);
    return { url, check: await checkReferenceVideo(url, referType) };
  },
});

"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { checkReferenceVideo } from "@/lib/generations/reference-video";
import { resultAsReference as pick } from "@/lib/generations/result-as-reference";
import { referTypes } from "@/lib/generations/settings";

const input = generationIdInput.extend({ referType: z.enum(referTypes).default("base") });

/** A past result as the reference video: which URL to send, and its check, in one round trip. */
export const resultAsReference = defineAction({
  name: "result-as-reference",
  input,
  run: async ({ generationId, referType }) => {
    const context = appContext();
    const url = await pick(context, generationId);
    return { url, check: await checkReferenceVideo(context, url, referType) };
  },
});

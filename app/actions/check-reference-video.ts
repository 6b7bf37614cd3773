"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { checkReferenceVideo as check } from "@/lib/generations/reference-video";
import { referTypes } from "@/lib/generations/settings";

const input = z.object({
  url: z
    .string("Paste a video URL first.")
    .trim()
    .min(1, "Paste a video URL first.")
    .max(2000, "That URL is too long.")
    .transform((value, ctx) => {
      const url = URL.canParse(value) ? new URL(value) : undefined;
      if (!url) {
        ctx.addIssue({ code: "custom", message: "That is not a URL. Paste an http(s) link to an MP4 or MOV file." });
        return z.NEVER;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        ctx.addIssue({
          code: "custom",
          message: "Only http(s) links can be used: APIMart must be able to fetch the video.",
        });
        return z.NEVER;
      }
      return url.toString();
    }),
  referType: z.enum(referTypes),
});

/** Fetches and probes a video before it can be used; the answer is what the composer shows and keeps. */
export const checkReferenceVideo = defineAction({
  name: "check-reference-video",
  input,
  run: ({ url, referType }) => check(appContext(), url, referType),
});

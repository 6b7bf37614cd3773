"use server";

import { z } from "zod";
import { type CheckedVideo, checkReferenceVideo as check } from "@/lib/generations/reference-video";

const input = z.object({ url: z.string().trim().min(1).max(2000), referType: z.enum(["base", "feature"]) });

export async function checkReferenceVideo(request: unknown): Promise<CheckedVideo> {
  const parsed = input.safeParse(request);
  if (!parsed.success) return { ok: false, code: "invalid_request", message: "Paste a video URL first." };
  let url: URL;
  try {
    url = new URL(parsed.data.url);
  } catch {
    return {
      ok: false,
      code: "invalid_request",
      message: "That is not a URL. Paste an http(s) link to an MP4 or MOV file.",
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      code: "invalid_request",
      message: "Only http(s) links can be used: APIMart must be able to fetch the video.",
    };
  }
  return check(url.toString(), parsed.data.referType);
}

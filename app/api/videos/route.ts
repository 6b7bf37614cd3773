import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { referTypes } from "@/lib/generations/settings";
import { handleErrors } from "@/lib/http/error-response";
import { refusedRequest } from "@/lib/http/guard-request";
import { admitRequest } from "@/lib/limits/guard";
import { parseInput } from "@/lib/parse-input";
import type { UploadedVideo } from "@/lib/references/uploaded-video";
import { keepReferenceVideo } from "@/lib/uploads/keep-reference-video";
import { storeReferenceVideo } from "@/lib/video/store-upload";

export const dynamic = "force-dynamic";

const query = z.object({
  name: z.string().trim().min(1).max(200).default("video.mp4"),
  referType: z.enum(referTypes).default("base"),
});

/**
 * POST /api/videos?name=clip.mp4&referType=base with the raw file as the body (streamed, never buffered whole)
 * → `{ url, check }`: the public URL APIMart will fetch and what the server measured. The same file uploaded again
 * is kept once.
 */
export const POST = handleErrors("video upload", async (request: NextRequest) => {
  // proxy.ts skips this route (it would buffer the body), so the Host and Origin checks run here.
  const refused = refusedRequest(request);
  if (refused) return refused;
  const account = await requireAccount(request);
  await admitRequest(appContext(), account.id, "uploads");
  const { name, referType } = parseInput(query, Object.fromEntries(request.nextUrl.searchParams));
  if (!request.body) throw new AppError("invalid_request", "Choose a video file to upload.");
  const declared = Number(request.headers.get("content-length") ?? "");
  const context = appContext();
  const stored = await storeReferenceVideo(context.storage, request.body, {
    fileName: name,
    referType,
    declaredBytes: Number.isFinite(declared) && declared > 0 ? declared : undefined,
  });
  const body: UploadedVideo = await keepReferenceVideo(context, stored, account.id);
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});

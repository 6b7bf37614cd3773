import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { toUserError } from "@/lib/errors";
import { refusedRequest } from "@/lib/http/guard-request";
import { logError } from "@/lib/log";
import { describeVideo } from "@/lib/video/rules";
import { storeReferenceVideo } from "@/lib/video/store-upload";

export const dynamic = "force-dynamic";

const query = z.object({
  name: z.string().trim().min(1).max(200).default("video.mp4"),
  referType: z.enum(["base", "feature"]).default("base"),
});

/** POST /api/videos?name=clip.mp4&referType=base with the raw file as the body (streamed, never buffered whole). */
export async function POST(request: NextRequest) {
  // proxy.ts skips this route (it would buffer the body), so the Host and Origin checks run here.
  const refused = refusedRequest(request);
  if (refused) return refused;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success || !request.body) {
    return NextResponse.json(
      { ok: false, code: "invalid_request", message: "Choose a video file to upload." },
      { status: 400 },
    );
  }
  try {
    const declared = Number(request.headers.get("content-length") ?? "");
    const stored = await storeReferenceVideo(request.body, {
      fileName: parsed.data.name,
      referType: parsed.data.referType,
      declaredBytes: Number.isFinite(declared) && declared > 0 ? declared : undefined,
    });
    return NextResponse.json({
      ok: true,
      url: stored.url,
      description: describeVideo(stored.probe),
      durationSeconds: stored.probe.durationSeconds,
      width: stored.probe.width,
      height: stored.probe.height,
      posterDataUrl: stored.posterJpeg ? `data:image/jpeg;base64,${stored.posterJpeg.toString("base64")}` : null,
    });
  } catch (error) {
    const user = toUserError(error);
    if (user.code === "internal") logError("video upload", error);
    return NextResponse.json({ ok: false, ...user }, { status: user.code === "internal" ? 500 : 422 });
  }
}

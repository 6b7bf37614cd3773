import { z } from "zod";
import { appContext } from "@/lib/app-context";
import { sessionAccount } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { errorResponse, notFound } from "@/lib/http/error-response";
import { mediaKinds } from "@/lib/storage/media-names";
import { serveMedia } from "@/lib/storage/serve-media";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ kind: string; name: string }> };

/** The app's stored media. Temp and partial names (`x.mp4.part`, scratch files) are never served. */
async function handle(request: Request, { params }: Params): Promise<Response> {
  const { kind, name } = await params;
  const parsedKind = z.enum(mediaKinds).safeParse(kind);
  if (!parsedKind.success) return notFound();
  // Reference videos stay reachable without a session: APIMart fetches them by URL.
  if (parsedKind.data !== "references" && !(await sessionAccount(request.headers))) {
    return errorResponse(new AppError("signed_out", "Sign in first."), "media");
  }
  const wantsDownload = new URL(request.url).searchParams.get("download");
  return serveMedia(appContext().storage, parsedKind.data, name, request, {
    // Stored media never changes under the same name.
    cacheControl: "private, max-age=31536000, immutable",
    downloadName: wantsDownload ? wantsDownload : undefined,
  });
}

export const GET = handle;
export const HEAD = handle;

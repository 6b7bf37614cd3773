import { z } from "zod";
import { appContext } from "@/lib/app-context";
import { mayReadMedia } from "@/lib/auth/media-access";
import { hasValidMediaSignature } from "@/lib/auth/media-signature";
import { authSecret } from "@/lib/auth/secret";
import { sessionAccount } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { errorResponse, notFound } from "@/lib/http/error-response";
import { mediaKinds } from "@/lib/storage/media-names";
import { serveMedia } from "@/lib/storage/serve-media";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ kind: string; name: string }> };

/**
 * The app's stored media, to its owner only (another account gets the same 404 as a missing file; no session is
 * a 401). Reference videos stay open and results open to a signed link: APIMart fetches those by URL.
 * Temp and partial names (`x.mp4.part`, scratch files) are never served.
 */
async function handle(request: Request, { params }: Params): Promise<Response> {
  const { kind, name } = await params;
  const parsedKind = z.enum(mediaKinds).safeParse(kind);
  if (!parsedKind.success) return notFound();
  const context = appContext();
  const url = new URL(request.url);
  const signed =
    parsedKind.data === "videos" &&
    hasValidMediaSignature(authSecret(context.config.dataDir), url, Math.floor(context.clock.now() / 1000));
  if (parsedKind.data !== "references" && !signed) {
    const account = await sessionAccount(request.headers);
    if (!account) return errorResponse(new AppError("signed_out", "Sign in first."), "media");
    if (!(await mayReadMedia(context.db, account, parsedKind.data, name))) return notFound();
  }
  const wantsDownload = url.searchParams.get("download");
  return serveMedia(context.storage, parsedKind.data, name, request, {
    // Stored media never changes under the same name; private: it is one account's.
    cacheControl: "private, max-age=31536000, immutable",
    downloadName: wantsDownload ? wantsDownload : undefined,
  });
}

export const GET = handle;
export const HEAD = handle;

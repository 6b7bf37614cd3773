import { z } from "zod";
import { notFound } from "@/lib/http/error-response";
import { serveFile } from "@/lib/http/serve-file";
import { mediaKinds, mediaPath } from "@/lib/media/paths";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ kind: string; name: string }> };

async function handle(request: Request, { params }: Params): Promise<Response> {
  const { kind, name } = await params;
  const parsedKind = z.enum(mediaKinds).safeParse(kind);
  const file = parsedKind.success ? mediaPath(parsedKind.data, name) : undefined;
  if (!file) return notFound();
  const wantsDownload = new URL(request.url).searchParams.get("download");
  return serveFile(file, request, {
    // Stored media never changes under the same name.
    cacheControl: "private, max-age=31536000, immutable",
    downloadName: wantsDownload ? wantsDownload : undefined,
  });
}

export const GET = handle;
export const HEAD = handle;

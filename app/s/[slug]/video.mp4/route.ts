import { notFound } from "@/lib/http/error-response";
import { serveFile } from "@/lib/http/serve-file";
import { mediaPath } from "@/lib/media/paths";
import { loadSharedVideo } from "@/lib/shares/shared-generation";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function handle(request: Request, { params }: Params): Promise<Response> {
  const shared = loadSharedVideo((await params).slug);
  const file = shared ? mediaPath("videos", shared.videoFile) : undefined;
  if (!file) return notFound();
  // Short cache: a revoked link must stop serving promptly, also through shared caches.
  return serveFile(file, request, { cacheControl: "public, max-age=60" });
}

export const GET = handle;
export const HEAD = handle;

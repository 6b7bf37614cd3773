import { appContext } from "@/lib/app-context";
import { notFound } from "@/lib/http/error-response";
import { loadSharedVideo } from "@/lib/shares/shared-generation";
import { serveMedia } from "@/lib/storage/serve-media";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function handle(request: Request, { params }: Params): Promise<Response> {
  const context = appContext();
  const shared = await loadSharedVideo(context, (await params).slug);
  if (!shared) return notFound();
  // Short cache: a revoked link must stop serving promptly, also through shared caches.
  return serveMedia(context.storage, "videos", shared.videoFile, request, { cacheControl: "no-cache" });
}

export const GET = handle;
export const HEAD = handle;

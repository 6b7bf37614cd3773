import { appContext } from "@/lib/app-context";
import { notFound } from "@/lib/http/error-response";
import { loadSharedVideo } from "@/lib/shares/shared-generation";
import { serveMedia } from "@/lib/storage/serve-media";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function handle(request: Request, { params }: Params): Promise<Response> {
  const context = appContext();
  const shared = await loadSharedVideo(context, (await params).slug);
  if (!shared?.posterFile) return notFound();
  return serveMedia(context.storage, "posters", shared.posterFile, request, { cacheControl: "no-cache" });
}

export const GET = handle;
export const HEAD = handle;

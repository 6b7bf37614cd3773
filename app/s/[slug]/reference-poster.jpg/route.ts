import { appContext } from "@/lib/app-context";
import { notFound } from "@/lib/http/error-response";
import { loadSharedVideo } from "@/lib/shares/shared-generation";
import { mediaNameOf } from "@/lib/storage/media-names";
import { serveMedia } from "@/lib/storage/serve-media";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

/** The reference video's poster of a shared video; 404 when the references are hidden or the link is revoked. */
async function handle(request: Request, { params }: Params): Promise<Response> {
  const context = appContext();
  const shared = await loadSharedVideo(context, (await params).slug);
  const posterUrl = shared && !shared.hideReferences ? shared.recipe.video?.check?.posterUrl : undefined;
  const name = posterUrl ? mediaNameOf(posterUrl, "posters") : undefined;
  if (!name) return notFound();
  return serveMedia(context.storage, "posters", name, request, { cacheControl: "no-cache" });
}

export const GET = handle;
export const HEAD = handle;

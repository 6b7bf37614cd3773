import { appContext } from "@/lib/app-context";
import { findImage } from "@/lib/db/images";
import { notFound } from "@/lib/http/error-response";
import { loadSharedVideo } from "@/lib/shares/shared-generation";
import { serveMedia } from "@/lib/storage/serve-media";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; n: string }> };

/** Reference image N of a shared video; 404 when the owner hid the references or revoked the link. */
async function handle(request: Request, { params }: Params): Promise<Response> {
  const { slug, n } = await params;
  const context = appContext();
  const shared = await loadSharedVideo(context, slug);
  const image = shared && !shared.hideReferences ? shared.recipe.images[Number(n) - 1] : undefined;
  const row = image ? await findImage(context.db, image.assetId) : undefined;
  if (!row) return notFound();
  return serveMedia(context.storage, "images", row.file, request, { cacheControl: "no-cache" });
}

export const GET = handle;
export const HEAD = handle;

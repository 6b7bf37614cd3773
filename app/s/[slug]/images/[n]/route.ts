import { findImage } from "@/lib/db/images";
import { notFound } from "@/lib/http/error-response";
import { serveFile } from "@/lib/http/serve-file";
import { mediaPath } from "@/lib/media/paths";
import { loadSharedVideo } from "@/lib/shares/shared-generation";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; n: string }> };

/** Reference image N of a shared video; 404 when the owner hid the references or revoked the link. */
async function handle(request: Request, { params }: Params): Promise<Response> {
  const { slug, n } = await params;
  const shared = loadSharedVideo(slug);
  const image = shared && !shared.hideReferences ? shared.recipe.images[Number(n) - 1] : undefined;
  const row = image ? findImage(image.assetId) : undefined;
  const file = row ? mediaPath("images", row.file) : undefined;
  if (!file) return notFound();
  return serveFile(file, request, { cacheControl: "public, max-age=60" });
}

export const GET = handle;
export const HEAD = handle;

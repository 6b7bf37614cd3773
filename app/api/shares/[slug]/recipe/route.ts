import { NextResponse } from "next/server";
import { findImages } from "@/lib/db/images";
import { mediaUrl } from "@/lib/media/paths";
import { loadSharedVideo } from "@/lib/shares/shared-generation";

export const dynamic = "force-dynamic";

/** The recipe behind a share link, for "Remix in O1 Studio". Hidden references stay hidden. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const shared = loadSharedVideo((await params).slug);
  if (!shared)
    return NextResponse.json({ error: { code: "not_found", message: "This link no longer works." } }, { status: 404 });
  const { recipe } = shared;
  const rows = new Map(findImages(recipe.images.map((image) => image.id)).map((row) => [row.id, row]));
  const images = shared.hideReferences
    ? []
    : recipe.images.flatMap((image) => {
        const row = rows.get(image.id);
        return row
          ? [
              {
                id: image.id,
                url: image.url,
                name: image.name,
                previewUrl: mediaUrl("images", row.file),
                width: row.width,
                height: row.height,
              },
            ]
          : [];
      });
  return NextResponse.json({
    prompt: recipe.prompt,
    mode: recipe.mode,
    duration: recipe.duration,
    aspectRatio: recipe.aspectRatio,
    images,
    referencesHidden: shared.hideReferences && recipe.images.length > 0,
  });
}

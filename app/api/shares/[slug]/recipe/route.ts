import { NextResponse } from "next/server";
import { appContext } from "@/lib/app-context";
import { AppError } from "@/lib/errors";
import { handleErrors } from "@/lib/http/error-response";
import { loadSharedVideo } from "@/lib/shares/shared-generation";
import { toSharedRecipe } from "@/lib/shares/shared-recipe";

export const dynamic = "force-dynamic";

/** The recipe behind a share link, for "Remix in O1 Studio". Hidden references stay hidden. */
export const GET = handleErrors(
  "shared recipe",
  async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const shared = await loadSharedVideo(appContext(), (await params).slug);
    if (!shared) throw new AppError("not_found", "This link no longer works.");
    return NextResponse.json(toSharedRecipe(shared.recipe, shared.hideReferences), {
      headers: { "Cache-Control": "no-store" },
    });
  },
);

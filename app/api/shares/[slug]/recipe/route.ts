import { NextResponse } from "next/server";
import { appContext } from "@/lib/app-context";
import { AppError } from "@/lib/errors";
import { handleErrors } from "@/lib/http/error-response";
import { publicRecipe } from "@/lib/shares/public-recipe";
import { loadSharedVideo } from "@/lib/shares/shared-generation";

export const dynamic = "force-dynamic";

/** The recipe behind a share link as anyone may read it (share URLs only, no asset ids). Hidden stays hidden. */
export const GET = handleErrors(
  "shared recipe",
  async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const shared = await loadSharedVideo(appContext(), (await params).slug);
    if (!shared) throw new AppError("not_found", "This link no longer works.");
    return NextResponse.json(publicRecipe(shared), {
      headers: { "Cache-Control": "no-store" },
    });
  },
);

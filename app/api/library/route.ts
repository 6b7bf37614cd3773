import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { handleErrors } from "@/lib/http/error-response";
import { libraryPage } from "@/lib/library/library";
import { parseInput } from "@/lib/parse-input";

export const dynamic = "force-dynamic";

const query = z.object({ q: z.string().max(200).optional() });

/**
 * GET /api/library?q=words → `{ images: ImageRef[], complete: boolean }`: the caller's library (or the images whose
 * name matches), most recently used first, at most a page; `complete` says whether that was all of them.
 */
export const GET = handleErrors("list library", async (request: NextRequest) => {
  const account = await requireAccount(request);
  const { q } = parseInput(query, Object.fromEntries(request.nextUrl.searchParams));
  const page = await libraryPage(appContext().db, account.id, { query: q });
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});

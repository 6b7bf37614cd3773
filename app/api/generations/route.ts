import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { decodeCursor, encodeCursor } from "@/lib/generations/list-cursor";
import { listFiltersSchema } from "@/lib/generations/list-filters-schema";
import { generationsByIds, recentGenerations } from "@/lib/generations/poll-generations";
import { handleErrors } from "@/lib/http/error-response";
import { admitRequest } from "@/lib/limits/guard";
import { parseInput } from "@/lib/parse-input";

export const dynamic = "force-dynamic";

const query = listFiltersSchema.extend({
  ids: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.string().max(100)).max(100))
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  /** The previous page's `nextCursor` (opaque to the browser: createdAt and id of its last generation). */
  cursor: z
    .string()
    .max(140)
    .transform((value, context) => {
      const cursor = decodeCursor(value);
      if (!cursor) context.addIssue({ code: "custom", message: "cursor is not one this app gave out" });
      return cursor ?? z.NEVER;
    })
    .optional(),
  /** "Check again": ask upstream now, even if the stored state is not due yet. */
  force: z.literal("1").optional(),
});

/**
 * GET /api/generations?ids=a,b  → the state of those generations (kept current by the background sweep)
 * GET /api/generations?limit=&cursor= → the newest generations, a page at a time (keyset on createdAt, id)
 *   &q=words &status=running|done|failed &mode= &aspect= &refs=1 &shared=1 &fav=1 → only those that match
 */
export const GET = handleErrors("list generations", async (request: NextRequest) => {
  const account = await requireAccount(request);
  const { ids, limit, cursor, force, ...filters } = parseInput(query, Object.fromEntries(request.nextUrl.searchParams));
  const context = appContext();
  if (ids && force === "1") await admitRequest(context, account.id, "checks");
  const generations = ids
    ? await generationsByIds(context, ids, { ownerId: account.id, force: force === "1" })
    : await recentGenerations(context, { ownerId: account.id, limit, after: cursor, filters });
  const last = generations.at(-1);
  return NextResponse.json(
    { generations, nextCursor: !ids && generations.length === limit && last ? encodeCursor(last) : null },
    { headers: { "Cache-Control": "no-store" } },
  );
});

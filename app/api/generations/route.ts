import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { generationsByIds, recentGenerations } from "@/lib/generations/poll-generations";
import { handleErrors } from "@/lib/http/error-response";
import { parseInput } from "@/lib/parse-input";

export const dynamic = "force-dynamic";

const query = z.object({
  ids: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.string().max(100)).max(100))
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  before: z.coerce.number().int().positive().optional(),
  /** "Check again": ask upstream now, even if the stored state is not stale yet. */
  force: z.literal("1").optional(),
});

/**
 * GET /api/generations?ids=a,b  → the status of those generations (refreshed from upstream when stale)
 * GET /api/generations?limit=&before= → the newest generations, a page at a time
 */
export const GET = handleErrors("list generations", async (request: NextRequest) => {
  const { ids, limit, before, force } = parseInput(query, Object.fromEntries(request.nextUrl.searchParams));
  const generations = ids
    ? await generationsByIds(ids, { force: force === "1" })
    : await recentGenerations({ limit, before });
  const last = generations.at(-1);
  return NextResponse.json(
    { generations, nextCursor: !ids && generations.length === limit && last ? last.createdAt : null },
    { headers: { "Cache-Control": "no-store" } },
  );
});

import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { studioStatus } from "@/lib/generations/studio-status";
import { handleErrors } from "@/lib/http/error-response";
import { parseInput } from "@/lib/parse-input";

export const dynamic = "force-dynamic";

const instant = z.coerce.number().int().min(0).max(8_640_000_000_000);
const query = z.object({ dayStart: instant.default(0), monthStart: instant.default(0) });

/**
 * GET /api/status?dayStart=&monthStart= → `StudioStatus`: spend today and this month (periods in the creator's
 * own time zone, sent by the browser), the APIMart balance when a key is set, the polling pause, storage used.
 */
export const GET = handleErrors("studio status", async (request: NextRequest) => {
  await requireAccount(request);
  const periods = parseInput(query, Object.fromEntries(request.nextUrl.searchParams));
  const context = appContext();
  return NextResponse.json(await studioStatus(context, context.status, periods), {
    headers: { "Cache-Control": "no-store" },
  });
});

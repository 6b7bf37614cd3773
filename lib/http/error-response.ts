import "server-only";
import { NextResponse } from "next/server";
import { AppError, httpStatus, toUserError } from "@/lib/errors";
import { logFailure } from "@/lib/log-failure";
import type { ErrorBody } from "./error-body";

const noStore = { "Cache-Control": "no-store" };

/** Any failure as the one error JSON and its status; only user-facing text leaves, details go to the log. */
export function errorResponse(error: unknown, context: string): NextResponse<ErrorBody> {
  logFailure(context, error);
  const user = toUserError(error);
  const retryAfter = error instanceof AppError ? error.retryAfterSeconds : undefined;
  const headers = retryAfter === undefined ? noStore : { ...noStore, "Retry-After": String(Math.ceil(retryAfter)) };
  return NextResponse.json({ error: user }, { status: httpStatus(user.code), headers });
}

type Handler<Args extends unknown[]> = (...args: Args) => Promise<Response>;

/**
 * Wraps a route handler so nothing it throws becomes Next's HTML 500: an AppError keeps its code and message,
 * anything else is a logged `internal`.
 */
export function handleErrors<Args extends unknown[]>(context: string, handler: Handler<Args>): Handler<Args> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}

/** The 404 of the file routes, in the same JSON as every other error (an <img> or <video> just sees a 404). */
export function notFound(message?: string): NextResponse<ErrorBody> {
  return errorResponse(new AppError("not_found", message), "not found");
}

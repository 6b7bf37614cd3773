import { type NextRequest, NextResponse } from "next/server";
import type { ErrorCode } from "@/lib/errors";
import { checkActionRequest } from "@/lib/http/check-action";
import { checkRequestOrigin } from "@/lib/http/guard-request";
import { hasValidEncoding, isMutating } from "@/lib/http/request-policy";
import { isFrameablePath, securityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every request (Next 16's successor to middleware): refuses unknown Host values (DNS rebinding),
 * cross-site writes (route handlers and server actions alike), undecodable URLs, unknown methods and action
 * bodies React could not decode with a 4xx, and puts the security headers and a fresh CSP nonce on every
 * response.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const headers = securityHeaders({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64"),
    dev: process.env.NODE_ENV === "development",
    https: (process.env.PUBLIC_BASE_URL ?? "").trim().startsWith("https:"),
    frameable: isFrameablePath(request.nextUrl.pathname),
  });
  const refusal = refuse(request) ?? (await refuseBody(request));
  if (refusal) {
    const response = NextResponse.json(
      { error: { code: refusal.code, message: refusal.message } },
      { status: refusal.status, headers: { "Cache-Control": "no-store" } },
    );
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
  // Next reads the nonce for its own inline scripts from the request's CSP header.
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

type Refusal = { status: number; code: ErrorCode; message: string };

const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function refuse(request: NextRequest): Refusal | undefined {
  if (!knownMethods.has(request.method)) {
    return { status: 405, code: "invalid_request", message: "That HTTP method is not supported here." };
  }
  const raw = request.url.slice(request.url.indexOf("/", request.url.indexOf("//") + 2));
  if (!hasValidEncoding(raw)) {
    return { status: 400, code: "invalid_request", message: "The address has invalid percent-encoding." };
  }
  const origin = checkRequestOrigin(request);
  // Host is checked on every request; Origin only matters for writes.
  if (origin && (origin.status === 421 || isMutating(request.method))) {
    return { status: origin.status, code: "invalid_request", message: origin.message };
  }
  return undefined;
}

/** Paths served by route handlers only: their POST bodies are theirs to read, not React's. */
const handlerPrefixes = ["/api/", "/media/"];

async function refuseBody(request: NextRequest): Promise<Refusal | undefined> {
  if (request.method !== "POST") return undefined;
  const path = request.nextUrl.pathname;
  if (!request.headers.has("next-action") && handlerPrefixes.some((prefix) => path.startsWith(prefix))) {
    return undefined;
  }
  const problem = await checkActionRequest(request);
  return problem ? { status: problem.status, code: "invalid_request", message: problem.message } : undefined;
}

/**
 * Every path except the two upload routes (Next would buffer their bodies in memory for the proxy and cut them
 * at 10 MB; they call refusedRequest themselves) and static build files (immutable JS/CSS; their headers come
 * from next.config.mjs).
 */
export const config = {
  matcher: ["/((?!api/uploads$|api/videos$|_next/static/).*)"],
};

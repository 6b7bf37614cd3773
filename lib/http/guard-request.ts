import { hostPolicy, isAllowedHost, isSameOriginWrite } from "./request-policy";

export type GuardRefusal = { status: 403 | 421; message: string };

/**
 * The Host and Origin checks of proxy.ts, for route handlers the proxy does not run on (the upload routes):
 * an unknown Host (DNS rebinding) or a cross-site write is refused before the body is read.
 */
export function checkRequestOrigin(request: Request): GuardRefusal | undefined {
  const host = request.headers.get("host");
  if (!isAllowedHost(host, hostPolicy(process.env.PUBLIC_BASE_URL, process.env.PORT))) {
    return { status: 421, message: "This server does not answer for that host name." };
  }
  const same = isSameOriginWrite({
    host,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
  });
  return same ? undefined : { status: 403, message: "Cross-site requests are not allowed; use O1 Studio itself." };
}

/** The same refusal as proxy.ts sends, as a Response. */
export function refusedRequest(request: Request): Response | undefined {
  const refusal = checkRequestOrigin(request);
  if (!refusal) return undefined;
  return Response.json(
    { error: { code: "invalid_request", message: refusal.message } },
    { status: refusal.status, headers: { "Cache-Control": "no-store" } },
  );
}

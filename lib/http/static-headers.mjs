/**
 * Headers that do not depend on the request, for next.config.mjs `headers()`: they reach every response,
 * including the upload routes that proxy.ts skips (Next buffers a request body in memory for the proxy, up to
 * 10 MB, and cuts the rest, which a 200 MB video upload cannot afford). proxy.ts sets the same values too,
 * plus the per-request CSP nonce.
 */
export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** For the JSON upload routes the proxy skips: nothing in them may run, load or be framed. */
export const apiOnlyHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** Routes the proxy does not run on (see proxy.ts `config.matcher`); they check Host and Origin themselves. */
export const uploadRoutes = ["/api/uploads", "/api/videos"];

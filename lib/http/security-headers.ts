/**
 * The headers every response gets. Scripts run only with the per-request nonce (Next applies it to its own
 * inline bootstrap scripts when the request carries this CSP), so no 'unsafe-inline' or 'unsafe-eval' for
 * scripts in production. Styles keep 'unsafe-inline': React renders style attributes (progress bars), which
 * a style nonce cannot cover, and injected CSS cannot run code.
 */
export type HeaderOptions = { nonce: string; dev: boolean; https: boolean; frameable: boolean };

export function contentSecurityPolicy({ nonce, dev, https, frameable }: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The share embed is what X/Twitter's player card frames; nothing else may be framed (clickjacking).
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(options.frameable ? {} : { "X-Frame-Options": "DENY" }),
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** The share embed page (and only it) may be framed by other sites. */
export function isFrameablePath(pathname: string): boolean {
  return /^\/s\/[^/]+\/embed\/?$/.test(pathname);
}

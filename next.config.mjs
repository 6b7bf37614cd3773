import { apiOnlyHeaders, staticSecurityHeaders, uploadRoutes } from "./lib/http/static-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      ...uploadRoutes.map((source) => ({ source, headers: apiOnlyHeaders })),
    ];
  },
};

export default nextConfig;

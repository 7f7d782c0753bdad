/**
 * Request body limits, shared by the server preload (server/requestGuard.mjs refuses larger
 * bodies with 413) and Payload's upload limit (payload.config.ts). Read from the environment
 * here because the preload runs before the app's TypeScript (lib/env.ts) is loaded.
 */
const MB = 1024 * 1024

/**
 * Body limits in bytes: `form` for server actions (Next.js's own 1 MB, `serverActions.bodySizeLimit`
 * is not configured), /consent and anything else outside /api; `api` for JSON and forms to the
 * REST API; `image` and `document` for multipart uploads to /api/media and /api/documents.
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function bodyLimits(env = process.env) {
  /** @param {string} name @param {number} fallback */
  const megabytes = (name, fallback) => {
    const value = Number(env[name])
    return Math.round((Number.isFinite(value) && value > 0 ? value : fallback) * MB)
  }
  return {
    form: 1 * MB,
    api: megabytes('API_BODY_LIMIT_MB', 2),
    image: megabytes('IMAGE_UPLOAD_LIMIT_MB', 20),
    document: megabytes('DOCUMENT_UPLOAD_LIMIT_MB', 50),
  }
}

/** @typedef {ReturnType<typeof bodyLimits>} BodyLimits */

import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * An upload handler answering 404 for a file that is not on disk. Payload's own file route
 * answers 500 "Something went wrong." for it (security probe L1). Anything else (a file that
 * exists, a name outside the folder, which Payload refuses with 400) is left to Payload.
 */
export function missingUploadNotFound(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir)
  // Payload's type wants Promise<Response> or Promise<void>; at run time it checks instanceof Response.
  return (_req, { params }) => notFoundIfMissing(root, params.filename) as Promise<void>
}

async function notFoundIfMissing(root: string, filename: string): Promise<Response | undefined> {
  const file = path.resolve(root, filename)
  if (!file.startsWith(root + path.sep)) return undefined
  try {
    await stat(file)
    return undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  }
}

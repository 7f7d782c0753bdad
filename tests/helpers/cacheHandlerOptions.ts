import os from 'node:os'

/** What Next.js's server passes a cache handler it constructs, for a handler kept in memory only. */
export const cacheHandlerOptions = {
  dev: false,
  flushToDisk: false,
  serverDistDir: os.tmpdir(),
  revalidatedTags: [],
  maxMemoryCacheSize: 16 * 1024 * 1024,
  _requestHeaders: {},
}

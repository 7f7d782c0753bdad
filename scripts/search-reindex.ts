/**
 * `npm run search:reindex`: rebuilds the site search index from the published content (and reads
 * the text of PDFs never read). Safe while the site runs: searches see the old index until the
 * new one is complete.
 */
import { reindexSearch } from '../lib/search/reindex'
import { ensureSchema } from './lib/ensureSchema'
import { runScript } from './lib/runScript'

runScript(async (payload) => {
  await ensureSchema(payload)
  const { entries, pdfsRead } = await reindexSearch(payload)
  payload.logger.info(`Search index rebuilt: ${entries} documents${pdfsRead ? `, ${pdfsRead} PDFs read` : ''}.`)
})

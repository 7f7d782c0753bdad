import type { TaskConfig } from 'payload'

import { searchDatabase } from './database'
import { recountSearchWords } from './indexEntries'

export const RECOUNT_WORDS_TASK = 'recountSearchWords'

/**
 * Saving a document adds its new words to the "Did you mean" list at once; words no document uses
 * any more, and the counts that rank suggestions, are settled every night.
 */
export const recountSearchWordsTask: TaskConfig<typeof RECOUNT_WORDS_TASK> = {
  slug: RECOUNT_WORDS_TASK,
  label: 'Recount the words the site search suggests',
  schedule: [{ cron: '0 45 3 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    await recountSearchWords(await searchDatabase(req.payload, req))
    return { output: {} }
  },
}

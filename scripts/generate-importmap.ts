/** `npm run generate:importmap`: rewrites the admin panel's import map after adding custom admin components. */
import { generateImportMap } from 'payload'

import config from '../payload.config'

await generateImportMap(await config)

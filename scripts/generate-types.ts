/** `npm run generate:types`: writes payload-types.ts from the config (commit the result). */
import { generateTypes } from 'payload/node'

import config from '../payload.config'

await generateTypes(await config)

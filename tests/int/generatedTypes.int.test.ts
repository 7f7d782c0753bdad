import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { afterAll, describe, expect, it } from 'vitest'

import config from '@/payload.config'

const committed = path.resolve(import.meta.dirname, '../../payload-types.ts')
let scratch: string | undefined

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

describe('payload-types.ts', () => {
  it('is what `npm run generate:types` produces from the current config', async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'osprn-types-'))
    const outputFile = path.join(scratch, 'payload-types.ts')
    const sanitized = await config
    await generateTypes({ ...sanitized, typescript: { ...sanitized.typescript, outputFile } }, { log: false })
    const [expected, actual] = await Promise.all([readFile(outputFile, 'utf8'), readFile(committed, 'utf8')])
    expect(actual, 'payload-types.ts is stale: run `npm run generate:types` and commit it').toBe(expected)
  })
})

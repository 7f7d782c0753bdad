import path from 'node:path'

import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The seams in eslint.config.mjs, tried on snippets at the paths where they would live. Each rule
 * is shown to fire where it must and to stay quiet where the code belongs.
 */
const root = path.resolve(import.meta.dirname, '../..')
let eslint: ESLint

beforeAll(async () => {
  eslint = new ESLint({ cwd: root })
  // The first run loads the config and its plugins (seconds on a busy machine): not a test's time.
  await eslint.lintText('export {}\n', { filePath: path.join(root, 'components/Warmup.tsx') })
}, 60_000)

/** The messages of the seam rules for `code` at `file` (a path that need not exist). */
async function seamMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message)
}

const PAYLOAD = /Only lib\/queries, lib\/actions/
const SCHEMA = /do not import collection or global configs/
const ENV = /Read configuration through serverEnv\(\)/

describe('only the query, action and job layers reach Payload or the database pool', () => {
  it.each([
    ['app/(frontend)/example/page.tsx', "import { getPayloadClient } from '@/lib/payload'\nvoid getPayloadClient"],
    ['app/(frontend)/api/example/route.ts', "import { databasePool } from '@/lib/db/pool'\nvoid databasePool"],
    ['components/content/Example.tsx', "import { getPayloadClient } from '../../lib/payload'\nvoid getPayloadClient"],
    ['blocks/Example/Component.tsx', "import { getPayload } from 'payload'\nvoid getPayload"],
    ['collections/Example/endpoints/example.ts', "import { databasePool } from '@/lib/db/pool'\nvoid databasePool"],
  ])('refuses the client in %s', async (file, code) => {
    const messages = await seamMessages(file, code)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(PAYLOAD)
  })

  it.each([
    ['lib/queries/example.ts', "import { getPayloadClient } from '@/lib/payload'\nvoid getPayloadClient"],
    ['lib/actions/example.ts', "import { getPayloadClient } from '@/lib/payload'\nvoid getPayloadClient"],
    ['lib/contact/example.ts', "import { databasePool } from '@/lib/db/pool'\nvoid databasePool"],
    ['lib/health/example.ts', "import { databasePool } from '@/lib/db/pool'\nvoid databasePool"],
    ['scripts/example.ts', "import { getPayload } from 'payload'\nvoid getPayload"],
    ['tests/int/example.int.test.ts', "import { databasePool } from '@/lib/db/pool'\nvoid databasePool"],
    // The allowlisted route handler: it checks the editor's session before turning on draft mode.
    ['app/(frontend)/next/preview/route.ts', "import { getPayloadClient } from '@/lib/payload'\nvoid getPayloadClient"],
    // Types say nothing about who talks to the database.
    ['components/content/Example.tsx', "import type { Payload } from 'payload'\nexport type P = Payload"],
  ])('allows it in %s', async (file, code) => {
    expect(await seamMessages(file, code)).toEqual([])
  })
})

describe('app/ and components/ never import collection or global configs', () => {
  it.each([
    ['app/(frontend)/reports/page.tsx', "import { Reports } from '@/collections/Reports'\nvoid Reports"],
    ['components/content/Example.tsx', "import { Members } from '../../collections/Members'\nvoid Members"],
    [
      'components/content/Example.tsx',
      "import { CookieSettings } from '@/globals/CookieSettings/config'\nvoid CookieSettings",
    ],
    // Not even the allowlisted route handler.
    ['app/(frontend)/next/preview/route.ts', "import { Pages } from '@/collections/Pages'\nvoid Pages"],
  ])('refuses a config in %s', async (file, code) => {
    const messages = await seamMessages(file, code)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(SCHEMA)
  })

  it('allows the plain values beside a config, and configs where the schema is assembled', async () => {
    expect(
      await seamMessages(
        'components/consent/Example.tsx',
        "import { cookieBannerPhrases } from '@/globals/CookieSettings/defaults'\nvoid cookieBannerPhrases",
      ),
    ).toEqual([])
    expect(
      await seamMessages('blocks/Example/config.ts', "import { Reports } from '@/collections/Reports'\nvoid Reports"),
    ).toEqual([])
  })
})

describe('process.env is read in lib/env.ts, scripts, the server preload, config files and tests', () => {
  it.each([
    ['lib/cache/example.ts', 'export const port = process.env.PORT'],
    ['collections/Example/index.ts', "export const dir = process['env'].DATA_DIR"],
    ['app/(frontend)/api/example/route.ts', 'const { env } = process\nexport const secret = env.PAYLOAD_SECRET'],
    ['components/layout/Example.tsx', 'export const url = process.env.SITE_URL'],
  ])('refuses a read in %s', async (file, code) => {
    const messages = await seamMessages(file, code)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(ENV)
  })

  it.each([
    ['lib/env.ts', 'export const port = process.env.PORT'],
    ['scripts/example.ts', 'export const port = process.env.PORT'],
    ['server/example.mjs', 'export const port = process.env.PORT'],
    ['payload.config.ts', 'export const port = process.env.PORT'],
    ['next.config.mjs', 'export const port = process.env.PORT'],
    ['tests/unit/example.unit.test.ts', 'export const port = process.env.PORT'],
  ])('allows it in %s', async (file, code) => {
    expect(await seamMessages(file, code)).toEqual([])
  })
})

import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import nextConfig from '@/next.config.mjs'

/** Routes whose output depends on the time: upcoming events (listings, blocks, an event's own page). */
const timeDependent = [
  'app/(frontend)/[cv]/page.tsx',
  'app/(frontend)/[cv]/[...slug]/page.tsx',
  'app/(frontend)/[cv]/events/page.tsx',
  'app/(frontend)/[cv]/events/[slug]/page.tsx',
]

describe('time-dependent pages', () => {
  it('are never served more than five minutes after they were rendered', () => {
    // A cached page older than `expireTime` is rendered afresh before it is served.
    expect(nextConfig.expireTime).toBeLessThanOrEqual(300)
    for (const file of timeDependent) {
      const revalidate = /^export const revalidate = (\d+)$/m.exec(readFileSync(file, 'utf8'))?.[1]
      expect(revalidate, `${file} exports revalidate`).toBeDefined()
      expect(Number(revalidate), file).toBeLessThan(nextConfig.expireTime ?? Infinity)
    }
  })

  it('keep client hints and their double load out of public pages', async () => {
    const rules = (await nextConfig.headers?.()) ?? []
    const clientHints = rules.filter((rule) => rule.headers.some((header) => header.key === 'Critical-CH'))
    expect(clientHints.map((rule) => rule.source)).toEqual(['/admin/:path*'])
  })
})

import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { pageVersion } from '@/server/pageVersions.mjs'

describe('page versions', () => {
  it('works out a page’s bytes and ETag once, and hands the same back for the same text', () => {
    const page = `<!DOCTYPE html><title>‘Cached’ – é</title>${'<p>A cached page…</p>'.repeat(1000)}`
    const version = pageVersion(page)
    expect(version.bytes.equals(Buffer.from(page, 'utf8'))).toBe(true)
    expect(version.etag).toBe(`"${createHash('sha256').update(version.bytes).digest('base64url').slice(0, 27)}"`)
    // The same text, as another string: the version kept.
    expect(pageVersion(` ${page}`.slice(1))).toBe(version)
  })

  it('names different texts of the same length differently', () => {
    const one = pageVersion(`<p>${'a'.repeat(20_000)}</p>`)
    const other = pageVersion(`<p>${'a'.repeat(19_999)}b</p>`)
    expect(other.etag).not.toBe(one.etag)
    expect(other.bytes.equals(one.bytes)).toBe(false)
  })
})

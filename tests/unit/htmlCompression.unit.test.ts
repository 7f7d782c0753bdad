import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { chooseEncoding, compressHtml } from '@/server/htmlCompression.mjs'

const page = Buffer.from(
  `<!DOCTYPE html><title>Projects</title>${'<li>A project – social prescribing</li>'.repeat(200)}`,
)

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, as the browser allows', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip')
    expect(chooseEncoding('gzip')).toBe('gzip')
    expect(chooseEncoding('*')).toBe('br')
  })

  it('sends the bytes as they are when nothing else is acceptable, or nothing is asked for', () => {
    expect(chooseEncoding(undefined)).toBeNull()
    expect(chooseEncoding('')).toBeNull()
    expect(chooseEncoding('identity')).toBeNull()
    expect(chooseEncoding('deflate, zstd')).toBeNull()
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull()
    expect(chooseEncoding('not, a;q=header')).toBeNull()
  })
})

describe('compressHtml', () => {
  it('compresses a page, once per version: the same ETag gets the same bytes back', () => {
    const first = compressHtml(page, 'br, gzip', '"v1"')
    expect(first?.encoding).toBe('br')
    expect(brotliDecompressSync(first?.body ?? Buffer.alloc(0)).equals(page)).toBe(true)
    expect(compressHtml(page, 'br', '"v1"')?.body).toBe(first?.body)
    const gzip = compressHtml(page, 'gzip', '"v1"')
    expect(gzip?.encoding).toBe('gzip')
    expect(gunzipSync(gzip?.body ?? Buffer.alloc(0)).equals(page)).toBe(true)
  })

  it('keeps nothing for a page without an ETag, and compresses each request afresh', () => {
    const first = compressHtml(page, 'br', undefined)
    const second = compressHtml(page, 'br', undefined)
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true)
    expect(second?.body).not.toBe(first?.body)
  })

  it('a new version of a page is compressed anew', () => {
    const changed = Buffer.from(page.toString('utf8').replace('Projects', 'Projets'))
    compressHtml(page, 'br', '"v2"')
    const after = compressHtml(changed, 'br', '"v3"')
    expect(brotliDecompressSync(after?.body ?? Buffer.alloc(0)).equals(changed)).toBe(true)
  })

  it('leaves a small page alone', () => {
    expect(compressHtml(Buffer.from('<p>Small</p>'), 'br', '"small"')).toBeNull()
  })
})

import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { chooseEncoding, compressHtml } from '@/server/htmlCompression.mjs'

const page = Buffer.from(
  `<!DOCTYPE html><title>Projects</title>${'<li>A project – social prescribing</li>'.repeat(200)}`,
)

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, then deflate, as the browser allows', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip')
    expect(chooseEncoding('gzip')).toBe('gzip')
    expect(chooseEncoding('deflate, gzip')).toBe('gzip')
    // What Next.js's own compression would answer with, when nothing better is acceptable.
    expect(chooseEncoding('deflate, zstd')).toBe('deflate')
    expect(chooseEncoding('*')).toBe('br')
  })

  it('sends the bytes as they are when nothing else is acceptable, or nothing is asked for', () => {
    expect(chooseEncoding(undefined)).toBeNull()
    expect(chooseEncoding('')).toBeNull()
    expect(chooseEncoding('identity')).toBeNull()
    expect(chooseEncoding('zstd')).toBeNull()
    expect(chooseEncoding('br;q=0, gzip;q=0, deflate;q=0')).toBeNull()
    expect(chooseEncoding('not, a;q=header')).toBeNull()
  })
})

describe('compressHtml', () => {
  const body = (result: ReturnType<typeof compressHtml>) => result?.body ?? Buffer.alloc(0)

  it('compresses a page, once per version: the same address and ETag get the same bytes back', () => {
    const version = { etag: '"v1"', path: '/q/projects' }
    const first = compressHtml(page, 'br, gzip', version)
    expect(first?.encoding).toBe('br')
    expect(brotliDecompressSync(body(first)).equals(page)).toBe(true)
    expect(compressHtml(page, 'br', version)?.body).toBe(first?.body)
    // What is kept is its own buffer, not a view into zlib's larger one.
    expect(first?.body.buffer.byteLength).toBe(first?.body.byteLength)
    const gzip = compressHtml(page, 'gzip', version)
    expect(gzip?.encoding).toBe('gzip')
    expect(gunzipSync(body(gzip)).equals(page)).toBe(true)
    const deflate = compressHtml(page, 'deflate', version)
    expect(deflate?.encoding).toBe('deflate')
    expect(inflateSync(body(deflate)).equals(page)).toBe(true)
  })

  it('a new version of a page, even of the same length, is compressed anew', () => {
    const changed = Buffer.from(page.toString('utf8').replace('Projects', 'Projetcs'))
    expect(changed.byteLength).toBe(page.byteLength)
    compressHtml(page, 'br', { etag: '"v2"', path: '/q/projects' })
    const after = compressHtml(changed, 'br', { etag: '"v3"', path: '/q/projects' })
    expect(brotliDecompressSync(body(after)).equals(changed)).toBe(true)
  })

  it('never hands one address the bytes kept for another, whatever their ETags', () => {
    const other = Buffer.from(page.toString('utf8').replace('Projects', 'Searches'))
    compressHtml(page, 'br', { etag: '"same"', path: '/q/projects' })
    const search = compressHtml(other, 'br', { etag: '"same"', path: '/q/search?q=x' })
    expect(brotliDecompressSync(body(search)).equals(other)).toBe(true)
  })

  it('keeps nothing without an ETag or an address, and compresses each request afresh', () => {
    for (const version of [
      { etag: undefined, path: '/q/about' },
      { etag: '"v4"', path: undefined },
    ]) {
      const first = compressHtml(page, 'br', version)
      const second = compressHtml(page, 'br', version)
      expect(body(second).equals(body(first))).toBe(true)
      expect(second?.body).not.toBe(first?.body)
    }
  })

  it('leaves a small page alone', () => {
    expect(compressHtml(Buffer.from('<p>Small</p>'), 'br', { etag: '"small"', path: '/q/x' })).toBeNull()
  })
})

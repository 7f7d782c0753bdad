import { createHash } from 'node:crypto'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'

import {
  contentSecurityPolicy,
  frameworkScriptHashes,
  hasVisitorForm,
  interceptHtml,
  isFrameworkScript,
} from '@/server/securityHeaders.mjs'
import { NOT_FOUND_MARKER, notFoundStatus } from '@/server/notFoundStatus.mjs'

/** The gzip middleware Next.js's server puts on every response (next/dist/server/lib/router-server.js). */
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as (options: {
  threshold: number
}) => (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void

const sha = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`

const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])'
const flight = (text: string) => `self.__next_f.push(${JSON.stringify([1, text])})`
const TURBOPACK = `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[4]});`

describe('framework scripts', () => {
  it('recognises the inline scripts Next.js writes into a page', () => {
    expect(isFrameworkScript(FLIGHT_INIT)).toBe(true)
    expect(isFrameworkScript(flight('1:"$Sreact.fragment"\n'))).toBe(true)
    expect(isFrameworkScript('self.__next_f.push([3,"AAEC"])')).toBe(true)
    expect(isFrameworkScript(`${FLIGHT_INIT};self.__next_f.push([2,null])`)).toBe(true)
    expect(isFrameworkScript(TURBOPACK)).toBe(true)
  })

  it('refuses anything that runs code of its own, however it is dressed up', () => {
    for (const body of [
      'alert(1)',
      'self.__next_f.push([1,"a"]);alert(1)//")',
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push([9,"x"])',
      'self.__next_f.push([1,"x"],alert(1))',
      `${FLIGHT_INIT};alert(1)`,
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[alert(1)]});',
    ]) {
      expect(isFrameworkScript(body), body).toBe(false)
    }
  })

  it('never accepts a payload chunk with code appended, for any text in it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, code) => {
        const chunk = flight(text)
        expect(isFrameworkScript(chunk)).toBe(true)
        expect(isFrameworkScript(`${chunk};${code}`)).toBe(false)
      }),
      { seed: 20261202, numRuns: 300 },
    )
  })

  it('hashes exactly the framework’s inline scripts of a page, once each', () => {
    const html = [
      '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>',
      `<script id="_R_">${TURBOPACK}</script></head><body>`,
      `<script>${FLIGHT_INIT}</script><script>${flight('hello')}</script><script>${flight('hello')}</script>`,
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script>alert(document.cookie)</script><SCRIPT type="text/javascript">alert(2)</SCRIPT>',
      `<script type="module">${flight('mod')}</script><script type="text/plain">${FLIGHT_INIT}x</script>`,
      '</body></html>',
    ].join('')
    expect(frameworkScriptHashes(html)).toEqual([
      sha(TURBOPACK),
      sha(FLIGHT_INIT),
      sha(flight('hello')),
      sha(flight('mod')),
    ])
  })
})

describe('pages with a visitor form (the CAPTCHA’s sources are allowed there when one is set)', () => {
  it('are the contact page, news and blog posts and their comment pages, not listings or other pages', () => {
    for (const path of ['/contact', '/news/a-story', '/blog/a-post', '/blog/a-post/comment'])
      expect(hasVisitorForm(path), path).toBe(true)
    for (const path of ['/news', '/blog', '/news/a-story/comment-sent', '/about', '/news-and-views']) {
      expect(hasVisitorForm(path), path).toBe(false)
    }
  })
})

describe('content security policy', () => {
  const directives = (policy: string) =>
    Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ')
        return [name, values]
      }),
    )

  it('public pages: nothing by default, scripts from the site and the given hashes only, never framed', () => {
    const policy = directives(contentSecurityPolicy({ kind: 'page', hashes: ["'sha256-abc='"] }))
    expect(policy['default-src']).toEqual(["'none'"])
    expect(policy['script-src']).toEqual(["'self'", "'sha256-abc='"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(policy['base-uri']).toEqual(["'none'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['frame-src']).toBeUndefined()
    expect(policy['upgrade-insecure-requests']).toBeUndefined()
  })

  it('allows a consented service’s script address, and connections to its origin', () => {
    const policy = directives(
      contentSecurityPolicy({
        kind: 'page',
        hashes: [],
        scripts: ['https://stats.example.org/js/script.js', '/demo/site-statistics.js', 'javascript:alert(1)'],
      }),
    )
    expect(policy['script-src']).toEqual(["'self'", 'https://stats.example.org/js/script.js'])
    expect(policy['connect-src']).toEqual(["'self'", 'https://stats.example.org'])
  })

  it('the contact page’s CAPTCHA, previews in the admin’s frame, and https', () => {
    const policy = directives(
      contentSecurityPolicy({ kind: 'page', hashes: [], captcha: 'turnstile', framable: true, https: true }),
    )
    expect(policy['script-src']).toContain('https://challenges.cloudflare.com')
    expect(policy['frame-src']).toEqual(['https://challenges.cloudflare.com'])
    expect(policy['frame-ancestors']).toEqual(["'self'"])
    expect(policy['upgrade-insecure-requests']).toEqual([])
  })

  it('the admin panel: a nonce for its per-request pages, blobs, workers and the live preview frame', () => {
    const policy = directives(contentSecurityPolicy({ kind: 'admin', hashes: [], nonce: 'bm9uY2U=' }))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-bm9uY2U='"])
    expect(policy['img-src']).toContain('blob:')
    expect(policy['worker-src']).toEqual(["'self'", 'blob:'])
    expect(policy['frame-src']).toEqual(["'self'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
  })
})

describe('interceptHtml', () => {
  let server: http.Server | undefined
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    server = undefined
  })

  /** A server like Next.js's: the interceptor first, then the gzip middleware, then the handler. */
  async function serve(handler: (res: http.ServerResponse) => void, seen: (string | null)[]) {
    const gzip = compression({ threshold: 0 })
    server = http.createServer((req, res) => {
      interceptHtml(res, req, (read) => {
        const body = read()
        seen.push(body)
        res.setHeader('X-Body-Length', String(body === null ? 0 : Buffer.byteLength(body)))
        return body === null ? null : notFoundStatus(body, res.statusCode)
      })
      gzip(req, res, () => handler(res))
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  async function getStatus(url: string) {
    return await new Promise<{ status: number | undefined; body: Buffer }>((resolve, reject) => {
      http
        .get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })
  }

  async function get(url: string, method = 'GET', acceptEncoding = 'gzip') {
    return await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(url, { method, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
        .end()
    })
  }

  it('reads a streamed HTML page uncompressed and sets headers before it is sent, gzipped', async () => {
    const seen: (string | null)[] = []
    const page = `<!DOCTYPE html><title>é</title>${'<p>streamed</p>'.repeat(200)}`
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.flushHeaders()
      res.write(page.slice(0, 100))
      res.write(Buffer.from(page.slice(100, 2000)))
      res.end(page.slice(2000))
    }, seen)
    const { headers, body } = await get(url)
    expect(seen).toEqual([page])
    expect(headers['x-body-length']).toBe(String(Buffer.byteLength(page)))
    expect(headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(body).toString('utf8')).toBe(page)
  })

  it('sends a page given as one string, with characters beyond Latin-1, as the same bytes', async () => {
    const seen: (string | null)[] = []
    const page = `<!DOCTYPE html><title>‘Social prescribing’ – é</title>${'<p>A result…</p>'.repeat(500)}`
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Length', String(Buffer.byteLength(page)))
      res.end(page)
    }, seen)
    const plain = await new Promise<{ length?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(url, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ length: res.headers['content-length'], body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })
    expect(seen).toEqual([page])
    expect(plain.body.equals(Buffer.from(page, 'utf8'))).toBe(true)
    expect(plain.length).toBe(String(Buffer.byteLength(page)))
    expect(gunzipSync((await get(url)).body).toString('utf8')).toBe(page)
  })

  it('a page sent in one piece after writeHead, and a HEAD request', async () => {
    const seen: (string | null)[] = []
    const url = await serve((res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end('<p>whole</p>')
    }, seen)
    const { headers, body } = await get(url)
    expect(headers['x-body-length']).toBe('12')
    expect(gunzipSync(body).toString('utf8')).toBe('<p>whole</p>')
    const head = await get(url, 'HEAD')
    expect(head.headers['x-body-length']).toBeDefined()
  })

  it('answers 404 for the site’s 404 page rendered per request and sent as 200, in any form', async () => {
    const page = `<main><div class="page-message" ${NOT_FOUND_MARKER}><h1>Page not found</h1></div></main>`
    const streamed = await serve((res) => {
      res.setHeader('Content-Type', 'text/html')
      res.write(page.slice(0, 10))
      res.end(page.slice(10))
    }, [])
    expect((await getStatus(streamed)).status).toBe(404)
    server?.close()
    const withHead = await serve((res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end(page)
    }, [])
    const answer = await getStatus(withHead)
    expect(answer.status).toBe(404)
    expect(gunzipSync(answer.body).toString('utf8')).toBe(page)
  })

  it('leaves a page alone whose text only mentions the marker, and other statuses', async () => {
    // React writes quotes in text as entities: content cannot produce the attribute.
    const mention = '<p>data-http-status=&quot;404&quot;</p>'
    const url = await serve((res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end(mention)
    }, [])
    expect((await getStatus(url)).status).toBe(200)
    expect(notFoundStatus(`<div ${NOT_FOUND_MARKER}></div>`, 500)).toBeNull()
  })

  it('compresses a page itself, with Brotli where the browser takes it, so the gzip middleware leaves it', async () => {
    const page = `<!DOCTYPE html><title>‘Cached’</title>${'<p>A cached page…</p>'.repeat(300)}`
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('X-Nextjs-Cache', 'HIT')
      res.setHeader('Content-Length', String(Buffer.byteLength(page)))
      res.end(page)
    }, [])
    const browser = await get(url, 'GET', 'gzip, deflate, br, zstd')
    expect(browser.headers['content-encoding']).toBe('br')
    expect(browser.headers['content-length']).toBe(String(browser.body.byteLength))
    expect(browser.headers.vary).toBe('Accept-Encoding')
    expect(browser.body.byteLength).toBeLessThan(Buffer.byteLength(page) / 10)
    expect(brotliDecompressSync(browser.body).toString('utf8')).toBe(page)
    // The same version again: the same bytes.
    expect((await get(url, 'GET', 'br')).body.equals(browser.body)).toBe(true)
    const gzipOnly = await get(url, 'GET', 'gzip')
    expect(gzipOnly.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipOnly.body).toString('utf8')).toBe(page)
    const identity = await get(url, 'GET', 'identity')
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(identity.headers.vary).toBe('Accept-Encoding')
    expect(identity.body.toString('utf8')).toBe(page)
  })

  it('gives a page from the cache an ETag of its bytes, and answers 304 when the browser has them', async () => {
    const [one, two] = ['<!DOCTYPE html><p>Version one</p>', '<!DOCTYPE html><p>Version two</p>']
    let current = one
    let cached = true
    let cacheControl = 'private, no-cache'
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', cacheControl)
      if (cached) res.setHeader('X-Nextjs-Cache', 'HIT')
      res.end(current)
    }, [])
    const send = (headers: Record<string, string>, method = 'GET') =>
      new Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
        http
          .request(url, { method, headers: { 'Accept-Encoding': 'br', ...headers } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () =>
              resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }),
            )
          })
          .on('error', reject)
          .end()
      })
    const first = await send({})
    const etag = first.headers.etag ?? ''
    expect(etag).toBe(`"${createHash('sha256').update(one).digest('base64url').slice(0, 27)}"`)
    const again = await send({ 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(etag)
    expect(again.headers.vary).toBe('Accept-Encoding')
    expect(again.headers['content-type']).toBeUndefined()
    expect(again.headers['content-encoding']).toBeUndefined()
    expect((await send({ 'If-None-Match': `W/${etag}, "other"` })).status).toBe(304)
    // A reload that asks past every cache, and a page that has changed since, get the page.
    expect((await send({ 'If-None-Match': etag, 'Cache-Control': 'no-cache' })).status).toBe(200)
    current = two
    const changed = await send({ 'If-None-Match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    // The answer to a form post, and an editor's preview (never stored), are rendered for that
    // request even where Next.js marks them as from its cache: no version to name.
    const posted = await send({ 'If-None-Match': changed.headers.etag ?? '' }, 'POST')
    expect(posted.status).toBe(200)
    expect(posted.headers.etag).toBeUndefined()
    cacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'
    expect((await send({})).headers.etag).toBeUndefined()
    // A page rendered for this request alone has no version to name.
    cacheControl = 'private, no-cache'
    cached = false
    const perRequest = await send({})
    expect(perRequest.status).toBe(200)
    expect(perRequest.headers.etag).toBeUndefined()
  })

  it('gives the router’s data for a cached page an ETag, a 304 and one compression, and streams other data', async () => {
    const data = Buffer.from(`0:${JSON.stringify({ rows: 'Router data… ‘quoted’ '.repeat(200) })}\n`)
    let cached = true
    const seen: (string | null)[] = []
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/x-component')
      res.setHeader('Cache-Control', 'private, no-cache')
      if (cached) res.setHeader('X-Nextjs-Cache', 'HIT')
      res.end(data)
    }, seen)
    const send = (headers: Record<string, string>) =>
      new Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(url, { headers: { 'Accept-Encoding': 'br', ...headers } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
          })
          .on('error', reject)
      })
    const first = await send({})
    expect(first.headers.etag).toBe(`"${createHash('sha256').update(data).digest('base64url').slice(0, 27)}"`)
    expect(first.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(first.body).equals(data)).toBe(true)
    expect((await send({})).body.equals(first.body)).toBe(true)
    const again = await send({ 'If-None-Match': first.headers.etag ?? '' })
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)
    // Data is not a document: no policy is worked out for it.
    expect(seen).toEqual([])
    expect(first.headers['x-body-length']).toBeUndefined()
    // Data rendered for this request passes through to the gzip middleware, without an ETag.
    cached = false
    const streamed = await send({})
    expect(streamed.headers.etag).toBeUndefined()
    expect(streamed.headers['content-encoding']).toBeUndefined()
    expect(streamed.body.equals(data)).toBe(true)
  })

  it('adds Accept-Encoding to a Vary the page already has, once', async () => {
    const page = `<!DOCTYPE html>${'<p>Varied</p>'.repeat(200)}`
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html')
      res.setHeader('Vary', 'RSC, Next-Router-State-Tree')
      res.end(page)
    }, [])
    const { headers, body } = await get(url, 'GET', 'br')
    expect(headers.vary).toBe('RSC, Next-Router-State-Tree, Accept-Encoding')
    expect(brotliDecompressSync(body).toString('utf8')).toBe(page)
  })

  it('leaves a page marked no-transform to the gzip middleware, which leaves it alone too', async () => {
    const page = `<!DOCTYPE html>${'<p>As it is</p>'.repeat(200)}`
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html')
      res.setHeader('Cache-Control', 'no-transform')
      res.end(page)
    }, [])
    const { headers, body } = await get(url, 'GET', 'br, gzip')
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.toString('utf8')).toBe(page)
  })

  it('leaves other responses alone: streamed through as they come', async () => {
    const seen: (string | null)[] = []
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'application/json')
      res.write('{"a":')
      res.end('1}')
    }, seen)
    const { headers, body } = await get(url)
    expect(seen).toEqual([])
    expect(headers['x-body-length']).toBeUndefined()
    expect(gunzipSync(body).toString('utf8')).toBe('{"a":1}')
  })
})

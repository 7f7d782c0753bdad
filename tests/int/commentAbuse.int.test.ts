import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '@/lib/abuse/formToken'
import {
  CLOSED_MESSAGE,
  RATE_LIMITED_MESSAGE,
  RESEND_MESSAGE,
  submitComment,
  type CommentResult,
} from '@/lib/comments/submitComment'
import { parseServerEnv, serverEnv } from '@/lib/env'
import { findApprovedComments } from '@/lib/queries/comments'

import { commentForm, createCommentWorld, storedComment, type CommentWorld } from '../helpers/commentFixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let world: CommentWorld

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createCommentWorld(payload)
})

const secret = () => serverEnv().PAYLOAD_SECRET ?? ''

async function stored(result: CommentResult) {
  if (result.outcome !== 'accepted' || !result.commentId) throw new Error(`not stored: ${JSON.stringify(result)}`)
  const comment = await storedComment(payload, result.commentId)
  if (!comment) throw new Error('comment not found')
  return comment
}

describe('a genuine comment', () => {
  it('is stored as pending with what the commenter sent, and shown to nobody', async () => {
    const body = `Held for moderation ${world.tag}`
    const result = await submitComment(commentForm({ body, notify: 'yes' }), world.context())
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'pending' })
    const comment = await stored(result)
    expect(comment).toMatchObject({
      status: 'pending',
      spamReason: null,
      post: world.post.id,
      authorName: 'Robin Reader',
      authorEmail: 'robin.reader@example.net',
      body,
      notifyCommenter: true,
    })
    expect(comment.guidelinesAgreedAt).toBeTruthy()
    expect((await findApprovedComments(payload, world.post.id)).map((c) => c.body)).not.toContain(body)
  })

  it('keeps line breaks, and markup and links as plain text', async () => {
    const body = `<b>Bold?</b> <script>alert(1)</script>\nSee https://example.org ${world.tag}`
    const comment = await stored(await submitComment(commentForm({ body }), world.context()))
    expect(comment.body).toBe(body)
  })

  it('is refused with a message per field when something is missing or too long, keeping what was typed', async () => {
    const result = await submitComment(
      commentForm({ name: '', email: 'not-an-address', body: 'x'.repeat(2001), guidelines: undefined }),
      world.context(),
    )
    expect(result).toMatchObject({
      outcome: 'invalid',
      errors: {
        name: 'Enter your name',
        email: 'Enter an email address in the correct format, like name@example.com',
        body: 'Comment must be 2,000 characters or fewer',
        guidelines: 'Confirm that your comment follows the comment guidelines',
      },
      values: { email: 'not-an-address' },
    })
  })

  it('is refused on a post whose comments are closed, or that is not published', async () => {
    expect(
      await submitComment(commentForm(), world.context({ post: { id: world.post.id, open: false } })),
    ).toMatchObject({
      outcome: 'invalid',
      errors: { form: CLOSED_MESSAGE },
    })
    expect(await submitComment(commentForm(), world.context({ post: null }))).toMatchObject({
      outcome: 'invalid',
      errors: { form: CLOSED_MESSAGE },
    })
  })
})

describe('the defences shared with the contact form', () => {
  it('without a token (a cached page, no JavaScript) asks to send again and stores nothing', async () => {
    const body = `No token ${world.tag}`
    const result = await submitComment(commentForm({ body, formToken: undefined }), world.context())
    expect(result).toMatchObject({
      outcome: 'invalid',
      resend: true,
      errors: { form: RESEND_MESSAGE },
      values: { body },
    })
    const { totalDocs } = await payload.count({ collection: 'comments', where: { body: { equals: body } } })
    expect(totalDocs).toBe(0)
  })

  it('a token older than a day asks to send again', async () => {
    const result = await submitComment(commentForm({}, 25 * 60 * 60 * 1000), world.context())
    expect(result).toMatchObject({ outcome: 'invalid', resend: true })
  })

  // Fields are made when the test runs: a token's age is measured from then.
  it.each([
    ['honeypot', () => ({ website: 'http://spam.example' })],
    ['too-fast', () => ({ formToken: issueFormToken(secret(), Date.now() - 500, 'comment') })],
    ['bad-token', () => ({ formToken: 'forged.token.value' })],
    // A contact form's token is not a comment form's.
    ['bad-token', () => ({ formToken: issueFormToken(secret(), Date.now() - 30_000, 'contact') })],
  ] as const)('a bot (%s) is answered like a person and its comment is kept as spam', async (reason, fields) => {
    const result = await submitComment(commentForm(fields()), world.context())
    expect(result).toMatchObject({ outcome: 'accepted', disposition: 'spam' })
    expect(await stored(result)).toMatchObject({ status: 'spam', spamReason: reason })
  })

  it('a token is good for one comment: the second is spam', async () => {
    const token = issueFormToken(secret(), Date.now() - 30_000, 'comment')
    const first = await submitComment(commentForm({ formToken: token }), world.context())
    const second = await submitComment(commentForm({ formToken: token }), world.context())
    expect(await stored(first)).toMatchObject({ status: 'pending' })
    expect(await stored(second)).toMatchObject({ status: 'spam', spamReason: 'replayed-token' })
  })

  it('one client address is asked to wait after its limit; its token stays usable', async () => {
    const context = world.context({ limiter: world.limiter({ perAddress: 2 }), address: '198.51.100.20' })
    await stored(await submitComment(commentForm(), context))
    await stored(await submitComment(commentForm(), context))
    const token = issueFormToken(secret(), Date.now() - 30_000, 'comment')
    const refused = await submitComment(commentForm({ formToken: token }), context)
    expect(refused).toMatchObject({ outcome: 'invalid', errors: { form: RATE_LIMITED_MESSAGE } })
    // Another address is not affected, and the refused form's token was given back.
    const other = await submitComment(commentForm({ formToken: token }), { ...context, address: '198.51.100.21' })
    expect(await stored(other)).toMatchObject({ status: 'pending' })
  })

  it('over the form’s hourly capacity comments are kept as spam, never refused', async () => {
    const context = world.context({ limiter: world.limiter({ global: 1 }) })
    expect(await stored(await submitComment(commentForm(), context))).toMatchObject({ status: 'pending' })
    const over = await submitComment(commentForm(), context)
    expect(over).toMatchObject({ outcome: 'accepted' })
    expect(await stored(over)).toMatchObject({ status: 'spam', spamReason: 'site-busy' })
  })

  describe('the optional CAPTCHA', () => {
    let server: Server
    let verifyUrl = ''
    beforeAll(async () => {
      server = createServer((request, response) => {
        let body = ''
        request.on('data', (chunk: Buffer) => (body += chunk.toString()))
        request.on('end', () => {
          const params = new URLSearchParams(body)
          response.setHeader('content-type', 'application/json')
          response.end(JSON.stringify({ success: params.get('response') === 'good-token' }))
        })
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      verifyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`
    })
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    })
    const env = () =>
      parseServerEnv({
        ...process.env,
        CAPTCHA_PROVIDER: 'turnstile',
        CAPTCHA_SITE_KEY: 'site-key',
        CAPTCHA_SECRET_KEY: 'secret-key',
        CAPTCHA_VERIFY_URL: verifyUrl,
      })

    it('is verified on the server: a failed check keeps the text and stores nothing, a passed one is held', async () => {
      const body = `Captcha ${world.tag}`
      const failed = await submitComment(commentForm({ body, 'cf-turnstile-response': 'made-up' }), {
        ...world.context(),
        env: env(),
      })
      expect(failed).toMatchObject({
        outcome: 'invalid',
        errors: { form: expect.stringContaining('Complete the check') },
      })
      const passed = await submitComment(commentForm({ body, 'cf-turnstile-response': 'good-token' }), {
        ...world.context(),
        env: env(),
      })
      expect(await stored(passed)).toMatchObject({ status: 'pending', body })
    })
  })
})

describe('the team’s spam rules', () => {
  it('more links than allowed go straight to spam', async () => {
    const body = 'Visit https://a.example, www.b.example and http://c.example today'
    expect(await stored(await submitComment(commentForm({ body }), world.context()))).toMatchObject({
      status: 'spam',
      spamReason: 'links',
    })
    const two = 'See https://a.example and https://b.example for the study'
    expect(await stored(await submitComment(commentForm({ body: two }), world.context()))).toMatchObject({
      status: 'pending',
    })
  })

  it('a blocked word or phrase, in any capitalisation, goes straight to spam; a longer word containing it does not', async () => {
    expect(
      await stored(await submitComment(commentForm({ body: 'Get your CASINO   Bonus now' }), world.context())),
    ).toMatchObject({ status: 'spam', spamReason: 'blocklist' })
    expect(
      await stored(await submitComment(commentForm({ name: `WonderPill${world.tag}` }), world.context())),
    ).toMatchObject({ status: 'spam', spamReason: 'blocklist' })
    expect(
      await stored(
        await submitComment(commentForm({ body: 'The casinobonus scheme was discussed.' }), world.context()),
      ),
    ).toMatchObject({ status: 'pending' })
  })
})

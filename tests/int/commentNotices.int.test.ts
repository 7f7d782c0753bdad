import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { commentMessageId } from '@/lib/comments/composeCommentEmails'
import { COMMENTS_QUEUE, NOTICES_TASK } from '@/lib/comments/queueCommentNotices'
import { sendCommentNotices } from '@/lib/comments/sendCommentNotices'
import { submitComment } from '@/lib/comments/submitComment'
import { serverEnv } from '@/lib/env'
import type { Comment } from '@/payload-types'

import {
  commentForm,
  createCommentWorld,
  runCommentQueue,
  storedComment,
  type CommentWorld,
} from '../helpers/commentFixtures'
import { getTestPayload } from '../helpers/payload'
import { SmtpSink } from '../helpers/smtpSink'

let payload: Payload
let world: CommentWorld
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createCommentWorld(payload)
  await smtp.start()
  // Whatever other files left waiting is told about now, so each test sees only its own mail.
  await sendCommentNotices(payload).catch(() => undefined)
})

afterAll(async () => {
  await smtp.stop()
})

async function comment(fields: Record<string, string> = {}): Promise<Comment> {
  const result = await submitComment(commentForm(fields), world.context())
  if (result.outcome !== 'accepted' || !result.commentId) throw new Error('not stored')
  return (await storedComment(payload, result.commentId)) as Comment
}

const toModerators = () => smtp.received.filter((mail) => mail.envelope.to.includes(world.moderatorEmail))
const toCommenter = (address: string) => smtp.received.filter((mail) => mail.envelope.to.includes(address))
const asEditor = () => ({ user: world.editor, overrideAccess: false, context: quiet })
const queuedNoticeJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: COMMENTS_QUEUE } }, { taskSlug: { equals: NOTICES_TASK } }] },
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs.length

describe('the moderators’ email', () => {
  it('lists every comment that waits in one message, over SMTP, and is never sent twice', async () => {
    const before = toModerators().length
    const waiting = [
      await comment({ body: `First waiting ${world.tag}` }),
      await comment({ body: `Second waiting ${world.tag}` }),
      await comment({ body: `Third waiting ${world.tag}` }),
    ]
    // Spam is not waiting for anyone: it is not listed.
    await comment({ body: `casino bonus ${world.tag}` })

    const report = await sendCommentNotices(payload)
    expect(report.digest).toBe(3)
    const mails = toModerators().slice(before)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail?.parsed.subject).toBe('3 comments wait for moderation')
    for (const waited of waiting) expect(mail?.parsed.text).toContain(waited.body)
    expect(mail?.parsed.text).not.toContain('casino bonus')
    // The commenter's address stays in the admin panel.
    expect(mail?.parsed.text).not.toContain('robin.reader@example.net')
    const ids = waiting.map((w) => w.id).sort((a, b) => a - b)
    expect(mail?.parsed.messageId).toBe(commentMessageId(serverEnv().SITE_URL, `digest-${ids.join('-')}`))

    // Running again, or twice at once (two workers), sends nothing more.
    await Promise.all([sendCommentNotices(payload), sendCommentNotices(payload)])
    await sendCommentNotices(payload)
    expect(toModerators().slice(before)).toHaveLength(1)
    for (const waited of waiting) expect((await storedComment(payload, waited.id))?.moderatorsNotifiedAt).toBeTruthy()
  })

  it('is not lost while the mail server is down: it goes once the server is back', async () => {
    const before = toModerators().length
    const waited = await comment({ body: `While the server is down ${world.tag}` })
    await smtp.stop()
    try {
      await expect(sendCommentNotices(payload)).rejects.toThrow(/stay due/)
    } finally {
      await smtp.start()
    }
    expect((await storedComment(payload, waited.id))?.moderatorsNotifiedAt).toBeFalsy()
    await sendCommentNotices(payload)
    await sendCommentNotices(payload)
    const mails = toModerators().slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]?.parsed.text).toContain(waited.body)
  })

  it('is sent by the jobs queue’s task', async () => {
    const before = toModerators().length
    const waited = await comment({ body: `Through the queue ${world.tag}` })
    await payload.jobs.queue({ task: NOTICES_TASK, queue: COMMENTS_QUEUE, input: {} })
    await runCommentQueue(payload)
    const mails = toModerators().slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]?.parsed.text).toContain(waited.body)
  })
})

describe('the commenter’s notices', () => {
  it('approval and reply each send one email, through the queue, to a commenter who asked', async () => {
    const address = `asked-${world.tag}@example.net`
    const asked = await comment({ email: address, notify: 'yes', body: `Please tell me ${world.tag}` })
    await sendCommentNotices(payload) // the moderators' email

    await payload.update({ collection: 'comments', id: asked.id, data: { status: 'approved' }, ...asEditor() })
    expect(await queuedNoticeJobs()).toBeGreaterThan(0)
    await runCommentQueue(payload)
    let mails = toCommenter(address)
    expect(mails).toHaveLength(1)
    expect(mails[0]?.parsed.subject).toBe(`Your comment on “${world.post.title}” is published`)
    expect(mails[0]?.parsed.text).toContain(`/blog/${world.post.slug}#comment-${asked.id}`)
    // The approval notice does not repeat the comment.
    expect(mails[0]?.parsed.text).not.toContain('Please tell me')

    await payload.update({
      collection: 'comments',
      id: asked.id,
      data: { reply: `Thank you for asking ${world.tag}` },
      ...asEditor(),
    })
    await runCommentQueue(payload)
    mails = toCommenter(address)
    expect(mails).toHaveLength(2)
    expect(mails[1]?.parsed.subject).toBe(`The network replied to your comment on “${world.post.title}”`)
    expect(mails[1]?.parsed.text).toContain(`Thank you for asking ${world.tag}`)

    // Approving again, editing the reply, running every job: still one email each.
    await payload.update({ collection: 'comments', id: asked.id, data: { status: 'pending' }, ...asEditor() })
    await payload.update({ collection: 'comments', id: asked.id, data: { status: 'approved' }, ...asEditor() })
    await payload.update({ collection: 'comments', id: asked.id, data: { reply: 'Edited reply.' }, ...asEditor() })
    await runCommentQueue(payload)
    await sendCommentNotices(payload)
    expect(toCommenter(address)).toHaveLength(2)
  })

  it('an approval sent with `select` (a few fields in the answer) still queues the notice', async () => {
    const address = `selected-${world.tag}@example.net`
    const asked = await comment({ email: address, notify: 'yes', body: `Selected fields ${world.tag}` })
    await payload.update({
      collection: 'comments',
      where: { id: { in: [asked.id] } },
      data: { status: 'approved' },
      select: { authorName: true },
      ...asEditor(),
    })
    await runCommentQueue(payload)
    expect(toCommenter(address)).toHaveLength(1)
  })

  it('a commenter who did not ask gets nothing', async () => {
    const address = `quiet-${world.tag}@example.net`
    const silent = await comment({ email: address, body: `Do not email me ${world.tag}` })
    await payload.update({
      collection: 'comments',
      id: silent.id,
      data: { status: 'approved', reply: 'A reply nobody is told about.' },
      ...asEditor(),
    })
    await runCommentQueue(payload)
    await sendCommentNotices(payload)
    expect(toCommenter(address)).toHaveLength(0)
  })
})

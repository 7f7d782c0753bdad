import type { Comment } from '@/payload-types'

import { type AccessWorld, type Actor, asSystem, createContent, createFixture } from './accessFixtures'
import { attempt, type Observed } from './accessOutcomes'
import { restDocs, restGet } from './accessRest'

export const commentOperations = [
  'create',
  'readPending',
  'readApprovedOnPages',
  'readOverRest',
  'readEmail',
  'moderate',
  'reply',
  'delete',
] as const

export const commentOperationNotes: Record<string, string> = {
  readPending: 'find a pending comment (Local API, access control on)',
  readApprovedOnPages: 'find an approved comment through the Local API, as the site’s pages do',
  readOverRest: 'GET /api/comments of an approved comment over the REST API (signed in with a token, or not)',
  readEmail: "read an approved comment's commenter email",
  moderate: 'approve a pending comment (update status)',
  reply: 'write the network’s reply under a comment',
}

type Probes = Record<(typeof commentOperations)[number], (actor: Actor) => Promise<Observed>>

/**
 * Readers' comments: visitors see approved ones through the pages only; contributors see none;
 * editors and administrators moderate. Nobody creates one through the API (the form's server code
 * does, with its own checks).
 */
export async function commentProbes(world: AccessWorld): Promise<Probes> {
  const { payload } = world
  const post = await createContent(world, 'posts', 'Commented post', 'published')
  let counter = 0
  const comment = async (status: Comment['status']) =>
    createFixture(world, 'comments', {
      post: post.id,
      status,
      authorName: `Commenter ${++counter} ${world.tag}`,
      authorEmail: `commenter-${counter}-${world.tag}@example.org`,
      body: 'A comment made for an access test.',
      guidelinesAgreedAt: new Date().toISOString(),
    })
  const pending = await comment('pending')
  const approved = await comment('approved')
  const tokens: Partial<Record<Actor, string>> = {}
  const tokenOf = async (actor: Actor) => {
    if (actor === 'anonymous') return undefined
    tokens[actor] ??= (
      await payload.login({
        collection: 'users',
        data: { email: world.accounts[actor].email, password: 'a-long-test-password' },
      })
    ).token
    return tokens[actor]
  }
  const finds = (actor: Actor, id: number) =>
    attempt('find comments', () =>
      payload.find({ collection: 'comments', where: { id: { equals: id } }, depth: 0, ...world.as(actor) }),
    )
  const stored = (id: number) =>
    payload.findByID({ collection: 'comments', id, depth: 0, disableErrors: true, ...asSystem })

  return {
    create: async (actor) => {
      const result = await attempt('create comment', () =>
        payload.create({
          collection: 'comments',
          data: {
            post: post.id,
            status: 'approved',
            authorName: `Forged ${world.tag}`,
            authorEmail: `forged-${world.tag}@example.org`,
            body: 'Published without moderation?',
            guidelinesAgreedAt: new Date().toISOString(),
          },
          ...world.as(actor),
        }),
      )
      if (result.ok) world.track('comments', result.value.id)
      return result.ok ? 'allow' : 'deny'
    },
    readPending: async (actor) => {
      const result = await finds(actor, pending.id)
      return result.ok && result.value.docs.some((doc) => doc.id === pending.id) ? 'allow' : 'deny'
    },
    readApprovedOnPages: async (actor) => {
      const result = await finds(actor, approved.id)
      return result.ok && result.value.docs.some((doc) => doc.id === approved.id) ? 'allow' : 'deny'
    },
    readOverRest: async (actor) => {
      const response = await restGet('/comments', { 'where[id][equals]': String(approved.id) }, await tokenOf(actor))
      const byId = await restGet(`/comments/${approved.id}`, {}, await tokenOf(actor))
      const listed = restDocs(response).some((doc) => doc.id === approved.id)
      const single = byId.status === 200
      if (listed !== single) return `unexpected: list ${String(listed)}, by id ${byId.status}`
      return listed ? 'allow' : 'deny'
    },
    readEmail: async (actor) => {
      const result = await finds(actor, approved.id)
      const email = result.ok ? result.value.docs[0]?.authorEmail : undefined
      return email === approved.authorEmail ? 'allow' : 'deny'
    },
    moderate: async (actor) => {
      const target = await comment('pending')
      await attempt('approve comment', () =>
        payload.update({ collection: 'comments', id: target.id, data: { status: 'approved' }, ...world.as(actor) }),
      )
      return (await stored(target.id))?.status === 'approved' ? 'allow' : 'deny'
    },
    reply: async (actor) => {
      const reply = `Thank you (${++counter}).`
      await attempt('reply to comment', () =>
        payload.update({ collection: 'comments', id: approved.id, data: { reply }, ...world.as(actor) }),
      )
      return (await stored(approved.id))?.reply === reply ? 'allow' : 'deny'
    },
    delete: async (actor) => {
      const target = await comment('spam')
      await attempt('delete comment', () =>
        payload.delete({ collection: 'comments', id: target.id, ...world.as(actor) }),
      )
      return (await stored(target.id)) === null ? 'allow' : 'deny'
    },
  }
}

export const commentSettingsOperations = ['read', 'readTeamFields', 'update'] as const

/** Comment settings: the texts are public; the moderators' address, spam rules and retention are not. */
export async function commentSettingsProbes(
  world: AccessWorld,
): Promise<Record<(typeof commentSettingsOperations)[number], (actor: Actor) => Promise<Observed>>> {
  const { payload } = world
  const moderatorEmail = `moderators-${world.tag}@example.org`
  const blocklist = `forbidden-${world.tag}`
  const before = await payload.updateGlobal({
    slug: 'comment-settings',
    data: { moderatorEmail, blocklist },
    ...asSystem,
  })
  let counter = 0
  const read = (actor: Actor) =>
    attempt('read comment settings', () =>
      payload.findGlobal({ slug: 'comment-settings', depth: 0, ...world.as(actor) }),
    )
  return {
    read: async (actor) => {
      const result = await read(actor)
      return result.ok && Boolean(result.value.moderationTime) ? 'allow' : 'deny'
    },
    readTeamFields: async (actor) => {
      const result = await read(actor)
      if (!result.ok) return 'deny'
      const seen = [
        result.value.moderatorEmail === moderatorEmail,
        result.value.blocklist === blocklist,
        typeof result.value.retentionDays === 'number',
        typeof result.value.maxLinks === 'number',
      ]
      if (seen.every(Boolean)) return 'allow'
      return seen.some(Boolean) ? `unexpected: partly visible ${JSON.stringify(seen)}` : 'deny'
    },
    update: async (actor) => {
      const moderationTime = `We read comments within ${++counter} days (${world.tag}).`
      const result = await attempt('update comment settings', () =>
        payload.updateGlobal({ slug: 'comment-settings', data: { moderationTime }, ...world.as(actor) }),
      )
      const after = await payload.findGlobal({ slug: 'comment-settings', depth: 0, ...asSystem })
      await payload.updateGlobal({
        slug: 'comment-settings',
        data: { moderationTime: before.moderationTime },
        ...asSystem,
      })
      return result.ok && after.moderationTime === moderationTime ? 'allow' : 'deny'
    },
  }
}

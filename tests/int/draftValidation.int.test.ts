import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'

import { MAX_RICH_TEXT_BYTES } from '@/cms/hooks/validateDraft'
import { LINK_URL_MESSAGE } from '@/lib/validation/linkUrl'

import { type AccessWorld, asSystem, contentData, createAccessWorld, createContent } from '../helpers/accessFixtures'
import { restSend } from '../helpers/accessRest'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let world: AccessWorld
const tokens: Partial<Record<'editor' | 'contributor', string>> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createAccessWorld(payload, 'drafts')
  for (const role of ['editor', 'contributor'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.accounts[role].email, password: 'a-long-test-password' },
    })
    tokens[role] = token
  }
})

afterAll(async () => {
  await world?.cleanup()
})

const base = { version: 1, direction: 'ltr', format: '', indent: 0 }
const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

/** A Lexical value: one paragraph with `words`, optionally followed by a link to `url`. */
function richText(words: string, url?: string) {
  const children: unknown[] = [text(words)]
  if (url) {
    children.push({
      ...base,
      type: 'link',
      id: 'link-1',
      children: [text('a link')],
      fields: { linkType: 'custom', url, newTab: false },
    })
  }
  const value = { root: { ...base, type: 'root', children: [{ ...base, type: 'paragraph', textFormat: 0, children }] } }
  return value as unknown as NonNullable<Post['body']>
}

/** The field paths and messages of a refused save, or `saved` when it was not refused. */
async function refusal(save: () => Promise<unknown>): Promise<{ path: string; message: string }[] | 'saved'> {
  try {
    await save()
    return 'saved'
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return error.data.errors.map(({ path, message }) => ({ path, message }))
  }
}

const draftPost = (label: string, extra: Record<string, unknown>) => ({
  ...contentData.posts(world.name(label)),
  ...extra,
})

describe('drafts keep the limits of their fields', () => {
  it('refuses a contributor draft whose title is over maxLength, through REST (400, not 201)', async () => {
    const response = await restSend(
      'POST',
      '/posts?draft=true',
      draftPost('rest long title', { title: 'x'.repeat(3000) }),
      tokens.contributor,
    )
    expect(response.status).toBe(400)
    expect(response.text).toContain('title')
  })

  it('refuses an editor draft carrying a multi-megabyte title', async () => {
    const response = await restSend('POST', '/posts?draft=true', { title: 'y'.repeat(2 * 1024 * 1024) }, tokens.editor)
    expect(response.status).toBe(400)
  })

  it('refuses an over-long value in a draft update of a published document, and leaves it unchanged', async () => {
    const post = await createContent(world, 'posts', 'published target', 'published')
    const result = await refusal(() =>
      payload.update({
        collection: 'posts',
        id: post.id,
        draft: true,
        data: { excerpt: 'z'.repeat(401) },
        ...world.as('contributor'),
      }),
    )
    expect(result).not.toBe('saved')
    expect(result).toEqual([expect.objectContaining({ path: 'excerpt' })])
  })

  it('checks select options, number ranges, row counts and link shapes inside blocks of a draft', async () => {
    const result = await refusal(() =>
      payload.create({
        collection: 'pages',
        draft: true,
        data: {
          ...contentData.pages(world.name('page with bad blocks')),
          layout: [
            { blockType: 'contentListing', heading: 'Latest', collection: 'bogus' as never, limit: 500 },
            { blockType: 'callToAction', heading: 'Act', links: [{ label: 'Go', href: 'javascript:alert(1)' }] },
            { blockType: 'keyFacts', facts: Array.from({ length: 7 }, (_, i) => ({ figure: `${i}`, label: 'x' })) },
          ],
        },
        ...world.as('editor'),
      }),
    )
    expect(result === 'saved' ? result : result.map(({ path }) => path).sort()).toEqual([
      'layout.0.collection',
      'layout.0.limit',
      'layout.1.links.0.href',
      'layout.2.facts',
    ])
  })

  it('refuses a script address in a draft event registration link', async () => {
    const result = await refusal(() =>
      payload.create({
        collection: 'events',
        draft: true,
        data: { ...contentData.events(world.name('event bad link')), registrationUrl: 'javascript:alert(1)' },
        ...world.as('contributor'),
      }),
    )
    expect(result).toEqual([expect.objectContaining({ path: 'registrationUrl' })])
  })

  it('still lets an author save an incomplete draft: required fields may stay empty', async () => {
    const post = await payload.create({
      collection: 'posts',
      draft: true,
      data: { title: world.name('only a title') } as never,
      ...world.as('contributor'),
    })
    world.track('posts', post.id)
    expect(post._status).toBe('draft')
    const saved = await payload.update({
      collection: 'posts',
      id: post.id,
      draft: true,
      data: { excerpt: '', body: richText('Work in progress.') },
      ...world.as('contributor'),
    })
    expect(saved.excerpt ?? '').toBe('')
  })

  it('still requires the fields when the draft is published', async () => {
    const post = await payload.create({
      collection: 'posts',
      draft: true,
      data: { title: world.name('incomplete to publish') } as never,
      ...asSystem,
    })
    world.track('posts', post.id)
    const result = await refusal(() =>
      payload.update({ collection: 'posts', id: post.id, data: { _status: 'published' }, ...world.as('editor') }),
    )
    expect(result).not.toBe('saved')
  })
})

describe('rich text', () => {
  it.each([
    ['javascript:alert(document.domain)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
  ])('refuses a link to %s, in a draft and when published', async (url) => {
    for (const draft of [true, false]) {
      const result = await refusal(() =>
        payload.create({
          collection: 'posts',
          draft,
          data: {
            ...draftPost(`link ${url} ${draft}`, { body: richText('See', url) }),
            _status: draft ? 'draft' : 'published',
          },
          ...world.as('editor'),
        }),
      )
      if (result === 'saved') expect.fail(`a link to ${url} was saved (draft: ${draft})`)
      expect(
        result.every(({ path }) => path.startsWith('body')),
        JSON.stringify(result),
      ).toBe(true)
      expect(result.map(({ message }) => message)).toContain(LINK_URL_MESSAGE)
    }
  })

  it('refuses a script link through REST with a clear 400', async () => {
    const post = await createContent(world, 'posts', 'rest link target', 'published')
    const response = await restSend(
      'PATCH',
      `/posts/${post.id}`,
      { body: richText('See', 'javascript:alert(document.domain)') },
      tokens.editor,
    )
    expect(response.status).toBe(400)
  })

  it('accepts https, mailto, tel, site paths and anchors', async () => {
    for (const url of ['https://www.nhs.uk/', 'mailto:team@example.org', 'tel:+441865000000', '/about', '#methods']) {
      const post = await payload.create({
        collection: 'posts',
        data: { ...draftPost(`good link ${url}`, { body: richText('See', url) }), _status: 'published' },
        ...world.as('editor'),
      })
      world.track('posts', post.id)
    }
  })

  it('refuses a rich-text value over the size limit, drafts included', async () => {
    const huge = richText('w'.repeat(MAX_RICH_TEXT_BYTES + 1))
    for (const draft of [true, false]) {
      const result = await refusal(() =>
        payload.create({
          collection: 'posts',
          draft,
          data: { ...draftPost(`huge ${draft}`, { body: huge }), _status: draft ? 'draft' : 'published' },
          ...world.as('editor'),
        }),
      )
      expect(result, `draft: ${draft}`).toEqual([
        expect.objectContaining({ path: 'body', message: expect.stringMatching(/too long/) }),
      ])
    }
  })
})

import type { PostFixture } from '../data/types'
import { upsertBySlug } from '../upsert'
import { published, type SeedContext } from './context'

export async function seedPosts({ payload, refs }: SeedContext, posts: PostFixture[]): Promise<void> {
  for (const { authors, heroImage, themes, related, ...post } of posts) {
    const id = await upsertBySlug(payload, 'posts', {
      ...post,
      ...published,
      authors: refs.many('members', authors),
      heroImage: refs.optional('media', heroImage),
      themes: refs.many('themes', themes),
      related: related?.map(({ relationTo, slug }) => ({ relationTo, value: refs.get(relationTo, slug) })),
    })
    refs.set('posts', post.slug, id)
  }
}

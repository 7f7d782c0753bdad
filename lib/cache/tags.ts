/**
 * The only place cache tag names are built. Queries attach these tags and collection or global
 * hooks revalidate exactly the same ones.
 */
export const cacheTags = {
  global: (slug: string) => `global:${slug}`,
  collection: (slug: string) => `collection:${slug}`,
  document: (collection: string, slug: string) => `doc:${collection}:${slug}`,
  /** The approved comments under one post (by the post's id, which never changes). */
  postComments: (postId: number | string) => `comments:post:${postId}`,
} as const

import { postCommentRoutes } from '@/components/comments/postCommentRoutes'

/** Rendered on the first visit, then served from the cache until the post changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

const { sent } = postCommentRoutes('news')

export const generateMetadata = sent.generateMetadata

export default sent.Page

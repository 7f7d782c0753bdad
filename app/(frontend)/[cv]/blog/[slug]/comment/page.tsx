import { postCommentRoutes } from '@/components/comments/postCommentRoutes'

/** The form carries a fresh signed token: rendered per request. */
export const dynamic = 'force-dynamic'

const { form } = postCommentRoutes('blog')

export const generateMetadata = form.generateMetadata

export default form.Page

import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/layout/NotFoundPage'
import type { PostKind } from '@/lib/content/options'
import { getDocumentBySlug } from '@/lib/queries/content'
import { isFailedFormPost } from '@/lib/routing/failedFormPost'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'

import { CommentFormPage, commentFormMetadata } from './CommentFormPage'
import { CommentSentPage, commentSentMetadata } from './CommentSentPage'

interface Props {
  params: Promise<{ slug: string }>
}

/**
 * The pages beside a news item or blog post (`<post>/comment` and `<post>/comment-sent`), the same
 * for both kinds: each route file exports one of these.
 */
export function postCommentRoutes(kind: PostKind) {
  const find = async (params: Props['params']) => getDocumentBySlug('posts', (await params).slug, { kind })
  return {
    form: {
      async generateMetadata({ params }: Props): Promise<Metadata> {
        const post = await find(params)
        return post ? commentFormMetadata(post, await isFailedFormPost()) : notFoundMetadata
      },
      async Page({ params }: Props) {
        const post = await find(params)
        return post ? <CommentFormPage post={post} /> : <NotFoundPage />
      },
    },
    sent: {
      async generateMetadata({ params }: Props): Promise<Metadata> {
        return (await find(params)) ? commentSentMetadata() : notFoundMetadata
      },
      async Page({ params }: Props) {
        const post = await find(params)
        return post ? <CommentSentPage post={post} /> : <NotFoundPage />
      },
    },
  }
}

import type { Metadata } from 'next'
import Link from 'next/link'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { postSections } from '@/components/posts/postSections'
import { publicPath } from '@/lib/paths'
import { getCommentSettings } from '@/lib/queries/comments'
import type { Post } from '@/payload-types'

const TITLE = 'Comment sent'

export function commentSentMetadata(): Metadata {
  return { title: TITLE, robots: { index: false, follow: false } }
}

/**
 * Where a comment sent without JavaScript ends (with JavaScript the form says the same in
 * place). Cached per post like the post itself.
 */
export async function CommentSentPage({ post }: { post: Post }) {
  const settings = await getCommentSettings()
  const section = postSections[post.kind]
  const path = publicPath('posts', post) ?? section.path
  return (
    <>
      <Breadcrumbs
        items={[{ label: section.title, href: section.path }, { label: post.title, href: path }, { label: TITLE }]}
      />
      <DetailHero title={TITLE} intro="Thank you. We have received your comment." />
      <div className="container detail">
        <h2>What happens next</h2>
        <p>
          Every comment is read by a moderator before it appears under the post, so yours is not shown yet.{' '}
          {settings.moderationTime}
        </p>
        <p>
          <Link href={`${path}#comments`}>Go back to “{post.title}”</Link>
        </p>
      </div>
    </>
  )
}

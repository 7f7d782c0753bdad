import type { Metadata } from 'next'
import Link from 'next/link'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { postSections } from '@/components/posts/postSections'
import { issueCommentToken } from '@/lib/abuse/formToken'
import { commentsOpen } from '@/lib/comments/openness'
import { serverEnv } from '@/lib/env'
import { publicPath } from '@/lib/paths'
import { getCommentSettings } from '@/lib/queries/comments'
import type { Post } from '@/payload-types'

import { CommentForm } from './CommentForm.client'
import { commentFormProps } from './commentFormProps'

const TITLE = 'Add a comment'

/** `failedPost`: this render answers a comment sent without JavaScript that was refused. */
export function commentFormMetadata(post: Post, failedPost: boolean): Metadata {
  const title = `${TITLE} on “${post.title}”`
  return { title: failedPost ? `Error: ${title}` : title, robots: { index: false, follow: false } }
}

/**
 * A post's comment form on a page of its own, rendered per request with a fresh token: where the
 * form under a post sends a comment without JavaScript, and where a refused one comes back with
 * its errors and the commenter's text.
 */
export async function CommentFormPage({ post }: { post: Post }) {
  const settings = await getCommentSettings()
  const section = postSections[post.kind]
  const path = publicPath('posts', post) ?? section.path
  const open = commentsOpen(post, settings.closeAfterDays ?? 0)
  const token = open ? issueCommentToken(serverEnv().PAYLOAD_SECRET ?? '') : undefined
  return (
    <>
      <Breadcrumbs
        items={[{ label: section.title, href: section.path }, { label: post.title, href: path }, { label: TITLE }]}
      />
      <DetailHero title={TITLE} intro={`On “${post.title}”.`} />
      <div className="container detail">
        {open ? (
          <>
            <p>Every comment is read by a moderator before it appears. {settings.moderationTime}</p>
            <CommentForm {...commentFormProps(post, settings, token)} />
          </>
        ) : (
          <p>Comments on this post are closed.</p>
        )}
        <p>
          <Link href={`${path}#comments`}>Go back to “{post.title}”</Link>
        </p>
      </div>
    </>
  )
}

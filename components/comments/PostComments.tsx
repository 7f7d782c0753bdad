import { captchaProviders } from '@/lib/abuse/captcha'
import { commentsCloseAt, commentsOpen } from '@/lib/comments/openness'
import { serverEnv } from '@/lib/env'
import { formatDate } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { PublicComment, PublicCommentSettings } from '@/lib/queries/comments'
import type { Post } from '@/payload-types'

import { CommentForm } from './CommentForm.client'
import { CommentList } from './CommentList'
import styles from './PostComments.module.css'

/** Readers' comments under a post: the approved ones, their count, and the form while comments are open. */
export function PostComments({
  post,
  comments,
  settings,
  networkName,
}: {
  post: Post
  comments: PublicComment[]
  settings: PublicCommentSettings
  networkName: string
}) {
  const defaultDays = settings.closeAfterDays ?? 0
  const open = commentsOpen(post, defaultDays)
  if (!open && comments.length === 0) return null
  const closeAt = commentsCloseAt(post, defaultDays)
  const path = publicPath('posts', post) ?? '/news-and-views'
  const guidelinesHref = settings.guidelines ? publicPath('pages', settings.guidelines) : null
  const env = serverEnv()
  const provider = env.CAPTCHA_PROVIDER === 'none' ? null : captchaProviders[env.CAPTCHA_PROVIDER]
  const count = comments.length

  return (
    <section className={`container detail ${styles.comments}`} aria-labelledby="comments-title" id="comments">
      <h2 id="comments-title">{count === 1 ? '1 comment' : `${count} comments`}</h2>
      <CommentList comments={comments} networkName={networkName} />
      {open ? (
        <>
          <h3 id="comment-form-title">Add a comment</h3>
          <p>
            Every comment is read by a moderator before it appears. {settings.moderationTime}
            {closeAt && <> Comments close on {formatDate(closeAt.toISOString())}.</>}
          </p>
          <CommentForm
            postId={post.id}
            postPath={path}
            guidelines={
              guidelinesHref && settings.guidelines ? { href: guidelinesHref, title: settings.guidelines.title } : null
            }
            moderationTime={settings.moderationTime}
            captcha={provider && env.CAPTCHA_SITE_KEY ? { ...provider, siteKey: env.CAPTCHA_SITE_KEY } : null}
          />
        </>
      ) : (
        <p>Comments on this post are closed.</p>
      )}
    </section>
  )
}

import { commentsCloseAt, commentsOpen } from '@/lib/comments/openness'
import { formatDate } from '@/lib/format/dates'
import type { PublicComment, PublicCommentSettings } from '@/lib/queries/comments'
import type { Post } from '@/payload-types'

import { CommentForm } from './CommentForm.client'
import { commentFormProps } from './commentFormProps'
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
          <CommentForm {...commentFormProps(post, settings)} />
        </>
      ) : (
        <p>Comments on this post are closed.</p>
      )}
    </section>
  )
}

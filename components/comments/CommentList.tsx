import { formatDate } from '@/lib/format/dates'
import type { PublicComment } from '@/lib/queries/comments'

import styles from './CommentList.module.css'

/**
 * Approved comments, oldest first, each with the network's reply under it. The text is shown as
 * it was written: line breaks kept, addresses as plain text (React escapes everything).
 */
export function CommentList({ comments, networkName }: { comments: PublicComment[]; networkName: string }) {
  if (comments.length === 0) return <p>No comments yet.</p>
  return (
    <ol className={styles.list}>
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className={styles.item}>
          <article aria-labelledby={`comment-${comment.id}-by`}>
            <p id={`comment-${comment.id}-by`} className={styles.meta}>
              <span className={styles.author}>{comment.authorName}</span>{' '}
              <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
            </p>
            <p className={styles.body}>{comment.body}</p>
            {comment.edited && <p className={styles.note}>Edited by the moderators.</p>}
            {comment.reply && (
              <aside className={styles.reply} aria-label={`Reply from ${networkName}`}>
                <p className={styles.meta}>
                  <span className={styles.author}>Reply from {networkName}</span>
                  {comment.repliedAt && (
                    <>
                      {' '}
                      <time dateTime={comment.repliedAt}>{formatDate(comment.repliedAt)}</time>
                    </>
                  )}
                </p>
                <p className={styles.body}>{comment.reply}</p>
              </aside>
            )}
          </article>
        </li>
      ))}
    </ol>
  )
}

import Link from 'next/link'

import { Media } from '@/components/cms/Media'
import { populatedOne } from '@/lib/content/populated'
import { optionLabel, postKinds } from '@/lib/content/options'
import { formatDate } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { PostImage, PostSummary } from '@/lib/queries/posts'
import styles from './PostCard.module.css'

/** A post in a listing: kind, date and excerpt, with a thumbnail beside them on wider screens. */
export function PostCard({ post }: { post: PostSummary }) {
  const href = publicPath('posts', post)
  const image = populatedOne<PostImage>(post.heroImage)
  return (
    <li className={styles.card}>
      <div className={styles.text}>
        <h2 className={styles.title}>{href ? <Link href={href}>{post.title}</Link> : post.title}</h2>
        <p className={styles.meta}>
          <span className={styles.kind}>{optionLabel(postKinds, post.kind)}</span>{' '}
          <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        </p>
        <p className={styles.excerpt}>{post.excerpt}</p>
      </div>
      {image && (
        // Decorative here: the title beside it is the link and says what the post is about.
        <Media
          media={{ ...image, decorative: true }}
          size="thumbnail"
          sizes="(min-width: 40rem) 12rem, 24rem"
          className={styles.image}
        />
      )}
    </li>
  )
}

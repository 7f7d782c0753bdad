import Link from 'next/link'

import type { VisibleAuthor } from '@/lib/citations/reportCitation'
import { publicPath } from '@/lib/paths'

/** "Ada Lovelace, Charles Babbage": the authors in citation order, members linked to their profiles. */
export function AuthorList({ authors }: { authors: VisibleAuthor[] }) {
  return (
    <>
      {authors.map((author, index) => (
        <span key={`${author.name}-${index}`}>
          {index > 0 && ', '}
          {author.memberSlug ? (
            <Link href={publicPath('members', { slug: author.memberSlug }) ?? '/members'}>{author.name}</Link>
          ) : (
            author.name
          )}
        </span>
      ))}
    </>
  )
}

import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated } from '@/components/content/populated'
import { formatDate } from '@/lib/format/dates'
import { publicPath, type RoutedCollection } from '@/lib/paths'
import type { Post } from '@/payload-types'

/** A news item or blog post. */
export function PostArticle({ post }: { post: Post }) {
  const authors = populated(post.authors)
  return (
    <article>
      <DetailHero kicker={post.kind === 'blog' ? 'Blog' : 'News'} title={post.title} intro={post.excerpt}>
        <FactList
          facts={[
            { term: 'Published', value: formatDate(post.publishedAt) },
            { term: 'By', value: authors.map((author) => author.name).join(', ') },
            {
              term: 'Themes',
              value: populated(post.themes)
                .map((theme) => theme.name)
                .join(', '),
            },
          ]}
        />
      </DetailHero>
      <div className="container detail">
        <RichText data={post.body} />
        <LinkedList
          heading="Related"
          items={(post.related ?? []).flatMap((item) =>
            typeof item.value === 'object'
              ? [
                  {
                    id: `${item.relationTo}-${item.value.id}`,
                    label: item.value.title,
                    href: publicPath(item.relationTo as RoutedCollection, item.value),
                  },
                ]
              : [],
          )}
        />
      </div>
    </article>
  )
}

import { notFound } from 'next/navigation'

import { RichText } from '@/components/cms/RichText'
import { getPageBySlug } from '@/lib/queries/pages'

export default async function HomePage() {
  const page = await getPageBySlug('home')
  if (!page) notFound()
  return (
    <article>
      <header className="hero">
        <div className="container">
          <h1>{page.title}</h1>
          {page.intro && <p className="hero__intro">{page.intro}</p>}
        </div>
      </header>
      <div className="container">
        <RichText data={page.content} />
      </div>
    </article>
  )
}

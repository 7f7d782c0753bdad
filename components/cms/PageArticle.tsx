import type { PublicPage } from '@/lib/queries/pages'

import { RenderBlocks } from '@/blocks/RenderBlocks'

/** A CMS page: title, intro and rich text body. */
export function PageArticle({ page }: { page: PublicPage }) {
  return (
    <article>
      <header className="hero">
        <div className="container">
          <h1>{page.title}</h1>
          {page.intro && <p className="hero__intro">{page.intro}</p>}
        </div>
      </header>
      <div className="container">
        <RenderBlocks blocks={page.layout ?? []} />
      </div>
    </article>
  )
}

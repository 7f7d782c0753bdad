import { RenderBlocks, type BlockContext } from './RenderBlocks'
import type { Page } from '@/payload-types'
import hero from '@/components/content/Hero.module.css'

/** A CMS page: title, intro and its layout of blocks. */
export function PageArticle({ page, context }: { page: Page; context: BlockContext }) {
  return (
    <article>
      <header className={hero.hero}>
        <div className="container">
          <h1>{page.title}</h1>
          {page.intro && <p className={hero.intro}>{page.intro}</p>}
        </div>
      </header>
      <div className="container">
        <RenderBlocks blocks={page.layout ?? []} context={context} />
      </div>
    </article>
  )
}

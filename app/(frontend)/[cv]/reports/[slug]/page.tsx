import type { Metadata } from 'next'

import { RichText } from '@/components/cms/RichText'
import { AuthorList } from '@/components/content/AuthorList'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { ReportCitation } from '@/components/content/ReportCitation'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { JsonLd } from '@/components/seo/JsonLd'
import { reportToCsl, visibleAuthors } from '@/lib/citations/reportCitation'
import { reportTypeLabel } from '@/lib/content/options'
import { populated, populatedOne } from '@/lib/content/populated'
import { serverEnv } from '@/lib/env'
import { formatDate } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'
import { hostOf } from '@/lib/format/text'
import { absoluteUrl, publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { reportJsonLd } from '@/lib/seo/jsonLd/report'
import { metadataFor } from '@/lib/seo/metadata'

import styles from './report.module.css'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const report = await getDocumentBySlug('reports', slug)
  return report ? metadataFor(report, `/reports/${slug}`, report.abstract) : notFoundMetadata
}

export default async function ReportPage({ params }: Props) {
  const { slug } = await params
  const report = await getDocumentBySlug('reports', slug)
  if (!report) return <NotFoundPage path={`/reports/${slug}`} />
  const siteUrl = serverEnv().SITE_URL
  const path = publicPath('reports', report) ?? `/reports/${slug}`
  const typeLabel = reportTypeLabel(report.reportType)
  const noun = typeLabel.toLowerCase()
  const authors = visibleAuthors(report.authors)
  const file = populatedOne(report.file)
  const themes = populated(report.themes)
  const csl = reportToCsl(report, absoluteUrl(path, siteUrl))

  return (
    <>
      <Breadcrumbs items={[{ label: 'Research', href: '/reports' }, { label: report.title }]} />
      <article>
        <DetailHero kicker={typeLabel} title={report.title}>
          <FactList
            facts={[
              {
                term: authors.length === 1 ? 'Author' : 'Authors',
                value: authors.length > 0 ? <AuthorList authors={authors} /> : null,
              },
              {
                term: 'Published',
                // A draft in preview may not have its date yet.
                value: report.publishedOn ? (
                  <time dateTime={report.publishedOn}>{formatDate(report.publishedOn)}</time>
                ) : null,
              },
              { term: report.reportType === 'journal-article' ? 'Journal' : 'Publisher', value: report.publisher },
              { term: 'DOI', value: report.doi ? <a href={`https://doi.org/${report.doi}`}>{report.doi}</a> : null },
              { term: 'Web address', value: report.url ? <a href={report.url}>{hostOf(report.url)}</a> : null },
            ]}
          />
          {file?.url && (
            <p className={styles.download}>
              <a className="button" href={file.url} download>
                Download the {noun} (PDF{file.filesize ? `, ${formatFileSize(file.filesize)}` : ''})
              </a>
            </p>
          )}
        </DetailHero>
        <div className="container detail">
          <section aria-labelledby="report-abstract">
            <h2 id="report-abstract">Abstract</h2>
            <p className={styles.abstract}>{report.abstract}</p>
          </section>
          <RichText data={report.body} />
          <ReportCitation csl={csl} path={path} noun={noun} />
          <LinkedList
            heading="Projects"
            items={populated(report.projects).map((p) => ({
              id: p.id,
              label: p.title,
              href: publicPath('projects', p),
            }))}
          />
          <LinkedList
            heading={themes.length === 1 ? 'Theme' : 'Themes'}
            items={themes.map((t) => ({
              id: t.id,
              label: t.name,
              href: `/reports?theme=${encodeURIComponent(t.slug)}`,
            }))}
          />
        </div>
      </article>
      <JsonLd data={reportJsonLd({ report, csl, authors, file, siteUrl })} />
    </>
  )
}

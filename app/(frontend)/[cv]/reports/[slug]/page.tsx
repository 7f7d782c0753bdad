import type { Metadata } from 'next'
import Link from 'next/link'
import type { Report as ReportSchema, ScholarlyArticle, WithContext } from 'schema-dts'

import { reportTypes } from '@/lib/content/options'
import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import {
  type CslItem,
  formatCitation,
  reportToCsl,
  type VisibleAuthor,
  visibleAuthors,
} from '@/lib/citations/reportCitation'
import { serverEnv } from '@/lib/env'
import { formatDate } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'
import type { Document, Report } from '@/payload-types'

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
  const path = `/reports/${report.slug}`
  const typeLabel = reportTypes.find((type) => type.value === report.reportType)?.label ?? 'Report'
  const noun = report.reportType === 'other' ? 'publication' : typeLabel.toLowerCase()
  const authors = visibleAuthors(report.authors)
  const file = populatedOne(report.file)
  const themes = populated(report.themes)
  const csl = reportToCsl(report, `${siteUrl}${path}`)

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
              {
                term: 'DOI',
                value: report.doi ? <a href={`https://doi.org/${report.doi}`}>{report.doi}</a> : null,
              },
              { term: 'Web address', value: report.url ? <a href={report.url}>{hostOf(report.url)}</a> : null },
            ]}
          />
          {file?.url && (
            <p className="report-download">
              <a className="button" href={file.url} download>
                Download the {noun} (PDF{file.filesize ? `, ${formatFileSize(file.filesize)}` : ''})
              </a>
            </p>
          )}
        </DetailHero>
        <div className="container detail">
          <section aria-labelledby="report-abstract">
            <h2 id="report-abstract">Abstract</h2>
            <p className="abstract">{report.abstract}</p>
          </section>
          <RichText data={report.body} />
          <Citation csl={csl} path={path} noun={noun} />
          <LinkedList
            heading="Projects"
            items={populated(report.projects).map((project) => ({
              id: project.id,
              label: project.title,
              href: publicPath('projects', project),
            }))}
          />
          <LinkedList
            heading={themes.length === 1 ? 'Theme' : 'Themes'}
            items={themes.map((theme) => ({
              id: theme.id,
              label: theme.name,
              href: `/reports?theme=${encodeURIComponent(theme.slug)}`,
            }))}
          />
        </div>
      </article>
      <JsonLd data={reportJsonLd(report, csl, authors, file, siteUrl)} />
    </>
  )
}

function AuthorList({ authors }: { authors: VisibleAuthor[] }) {
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

/** "example.org" for a link to the publisher's page; the whole address if it cannot be read. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

/** The reference in APA style to copy, and files for reference managers. */
function Citation({ csl, path, noun }: { csl: CslItem; path: string; noun: string }) {
  return (
    <section className="report-citation" aria-labelledby="report-cite">
      <h2 id="report-cite">Cite this {noun}</h2>
      <p className="report-citation__style">APA style:</p>
      <p className="report-citation__text">{formatCitation(csl, 'apa')}</p>
      <ul className="report-citation__downloads">
        <li>
          <a href={`${path}/citation.bib`} download>
            Download the citation as BibTeX (.bib)
          </a>
        </li>
        <li>
          <a href={`${path}/citation.ris`} download>
            Download the citation as RIS (.ris), for EndNote, Zotero or Mendeley
          </a>
        </li>
      </ul>
    </section>
  )
}

/** schema.org: a ScholarlyArticle for a journal article, a Report for everything else. */
function reportJsonLd(
  report: Report,
  csl: CslItem,
  authors: VisibleAuthor[],
  file: Document | null,
  siteUrl: string,
): WithContext<ScholarlyArticle> | WithContext<ReportSchema> {
  const absolute = (url: string) => (url.startsWith('/') ? `${siteUrl}${url}` : url)
  const common = {
    name: report.title,
    headline: report.title.length <= 110 ? report.title : undefined,
    abstract: report.abstract,
    url: `${siteUrl}/reports/${report.slug}`,
    datePublished: csl.issued?.['date-parts'][0].map((part) => String(part).padStart(2, '0')).join('-'),
    author: authors.map((author) => ({
      '@type': 'Person' as const,
      name: author.name,
      ...(author.memberSlug ? { url: `${siteUrl}/members/${author.memberSlug}` } : {}),
    })),
    ...(report.doi
      ? {
          identifier: { '@type': 'PropertyValue' as const, propertyID: 'DOI', value: report.doi },
          sameAs: `https://doi.org/${report.doi}`,
        }
      : {}),
    ...(file?.url
      ? {
          encoding: {
            '@type': 'MediaObject' as const,
            contentUrl: absolute(file.url),
            encodingFormat: 'application/pdf',
            ...(file.filesize ? { contentSize: formatFileSize(file.filesize) } : {}),
          },
        }
      : {}),
  }
  if (report.reportType === 'journal-article') {
    return {
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      ...common,
      ...(report.publisher ? { isPartOf: { '@type': 'Periodical', name: report.publisher } } : {}),
    }
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    ...common,
    ...(report.publisher ? { publisher: { '@type': 'Organization', name: report.publisher } } : {}),
  }
}

import type { Report as ReportSchema, ScholarlyArticle, WithContext } from 'schema-dts'

import type { CslItem, VisibleAuthor } from '@/lib/citations/reportCitation'
import { formatFileSize } from '@/lib/format/fileSize'
import { absoluteUrl, publicPath } from '@/lib/paths'
import type { Document, Report } from '@/payload-types'

import { personJsonLd } from './person'

interface ReportJsonLdInput {
  report: Report
  /** The citation the page shows: its date is the publication date in UK time. */
  csl: CslItem
  authors: VisibleAuthor[]
  file: Pick<Document, 'url' | 'filesize'> | null
  siteUrl: string
}

/** schema.org: a ScholarlyArticle for a journal article, a Report for everything else. */
export function reportJsonLd({
  report,
  csl,
  authors,
  file,
  siteUrl,
}: ReportJsonLdInput): WithContext<ScholarlyArticle> | WithContext<ReportSchema> {
  const common = {
    name: report.title,
    // Search engines cut headlines longer than this; the name still carries the whole title.
    headline: report.title.length <= 110 ? report.title : undefined,
    abstract: report.abstract,
    url: absoluteUrl(publicPath('reports', report) ?? '/reports', siteUrl),
    datePublished: csl.issued?.['date-parts'][0].map((part) => String(part).padStart(2, '0')).join('-'),
    author: authors.map((author) => personJsonLd(author, siteUrl)),
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
            contentUrl: absoluteUrl(file.url, siteUrl),
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

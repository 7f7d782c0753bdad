import type { Metadata } from 'next'

import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { reportTypes } from '@/collections/Reports'
import { formatDate } from '@/lib/format/dates'
import { formatFileSize } from '@/lib/format/fileSize'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundOrRedirect } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const report = await getDocumentBySlug('reports', slug)
  return report ? metadataFor(report, `/reports/${slug}`, report.abstract) : {}
}

export default async function ReportPage({ params }: Props) {
  const { slug } = await params
  const report = await getDocumentBySlug('reports', slug)
  if (!report) return notFoundOrRedirect(`/reports/${slug}`)
  const typeLabel = reportTypes.find((type) => type.value === report.reportType)?.label ?? 'Report'
  const authors = (report.authors ?? [])
    .map((author) => populatedOne(author.member)?.name ?? author.name)
    .filter(Boolean)
  const file = populatedOne(report.file)
  return (
    <article>
      <DetailHero kicker={typeLabel} title={report.title}>
        <FactList
          facts={[
            { term: 'Authors', value: authors.join(', ') },
            { term: 'Published', value: formatDate(report.publishedOn) },
            { term: 'Publisher', value: report.publisher },
            { term: 'DOI', value: report.doi ? <a href={`https://doi.org/${report.doi}`}>{report.doi}</a> : null },
          ]}
        />
        {file?.url && (
          <p>
            <a className="button" href={file.url} download>
              Download the {typeLabel.toLowerCase()} (PDF{file.filesize ? `, ${formatFileSize(file.filesize)}` : ''})
            </a>
          </p>
        )}
      </DetailHero>
      <div className="container detail">
        <section>
          <h2>Abstract</h2>
          <p className="abstract">{report.abstract}</p>
        </section>
        <RichText data={report.body} />
        <LinkedList
          heading="Projects"
          items={populated(report.projects).map((project) => ({
            id: project.id,
            label: project.title,
            href: publicPath('projects', project),
          }))}
        />
      </div>
    </article>
  )
}

import type { Metadata } from 'next'

import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated, populatedOne } from '@/components/content/populated'
import { formatMonth } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundOrRedirect } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'

interface Props {
  params: Promise<{ slug: string }>
}

const statusLabels = { planned: 'Planned', ongoing: 'Ongoing', completed: 'Completed' } as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const project = await getDocumentBySlug('projects', slug)
  return project ? metadataFor(project, `/projects/${slug}`, project.summary) : {}
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params
  const project = await getDocumentBySlug('projects', slug)
  if (!project) return notFoundOrRedirect(`/projects/${slug}`)
  const lead = populatedOne(project.lead)
  const team = populated(project.team)
  const dates = [project.startDate, project.endDate].map((date) => (date ? formatMonth(date) : null))
  return (
    <article>
      <DetailHero
        kicker={`Project · ${statusLabels[project.projectStatus]}`}
        title={project.title}
        intro={project.summary}
      >
        <FactList
          facts={[
            { term: 'Status', value: statusLabels[project.projectStatus] },
            { term: 'Dates', value: dates[0] ? `${dates[0]}${dates[1] ? ` to ${dates[1]}` : ' onwards'}` : null },
            { term: 'Lead', value: lead?.name },
            {
              term: 'Themes',
              value: populated(project.themes)
                .map((theme) => theme.name)
                .join(', '),
            },
          ]}
        />
      </DetailHero>
      <div className="container detail">
        <RichText data={project.body} />
        <LinkedList
          heading="Team"
          items={[...(lead ? [lead] : []), ...team.filter((member) => member.id !== lead?.id)].map((member) => ({
            id: member.id,
            label: member.name ?? member.slug,
            href: publicPath('members', member),
          }))}
        />
        <LinkedList
          heading="Partners"
          items={populated(project.partners).map((org) => ({ id: org.id, label: org.name, href: org.website }))}
        />
        <LinkedList
          heading="Funders"
          items={populated(project.funders).map((org) => ({ id: org.id, label: org.name, href: org.website }))}
        />
        <LinkedList
          heading="Outputs"
          items={populated(project.outputs).map((report) => ({
            id: report.id,
            label: report.title,
            href: publicPath('reports', report),
          }))}
        />
        <LinkedList
          heading="Events"
          items={populated(project.relatedEvents).map((event) => ({
            id: event.id,
            label: event.title,
            href: publicPath('events', event),
          }))}
        />
        <LinkedList
          heading="News and blogs"
          items={populated(project.relatedPosts).map((post) => ({
            id: post.id,
            label: post.title,
            href: publicPath('posts', post),
          }))}
        />
        <LinkedList
          heading="Links"
          items={(project.externalLinks ?? []).map((link, index) => ({
            id: link.id ?? index,
            label: link.label,
            href: link.url,
          }))}
        />
      </div>
    </article>
  )
}

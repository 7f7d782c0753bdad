import type { Metadata } from 'next'
import Link from 'next/link'

import { Media } from '@/components/cms/Media'
import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { externalLinkItems, LinkedList } from '@/components/content/LinkedList'
import { ProjectDates } from '@/components/content/ProjectDates'
import { relatedEvent, relatedPost, relatedReport } from '@/components/content/relatedItems'
import { RelatedList } from '@/components/content/RelatedList'
import { projectTeam, TeamList } from '@/components/content/TeamList'
import { ThemeLinks } from '@/components/content/ThemeLinks'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { JsonLd } from '@/components/seo/JsonLd'
import { optionLabel, projectStatuses } from '@/lib/content/options'
import { populated, populatedOne } from '@/lib/content/populated'
import { serverEnv } from '@/lib/env'
import { publicPath } from '@/lib/paths'
import { getDocumentBySlug } from '@/lib/queries/content'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { projectJsonLd } from '@/lib/seo/jsonLd/project'
import { metadataFor } from '@/lib/seo/metadata'
import type { Project } from '@/payload-types'

import styles from './project.module.css'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const project = await getDocumentBySlug('projects', slug)
  return project ? metadataFor(project, `/projects/${slug}`, project.summary) : notFoundMetadata
}

const organisationItems = (organisations: Project['partners']) =>
  populated(organisations).map((org) => ({ id: org.id, label: org.name, href: org.website }))

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params
  const project = await getDocumentBySlug('projects', slug)
  if (!project) return <NotFoundPage path={`/projects/${slug}`} />
  const settings = await getSiteSettings()
  const status = optionLabel(projectStatuses, project.projectStatus)
  const lead = populatedOne(project.lead)
  const team = projectTeam(project)
  const themes = populated(project.themes)
  const heroImage = populatedOne(project.heroImage)
  const dates = project.startDate || project.endDate

  return (
    <>
      <Breadcrumbs items={[{ label: 'Projects', href: '/projects' }, { label: project.title }]} />
      <article>
        <DetailHero kicker={`Project · ${status}`} title={project.title} intro={project.summary}>
          <FactList
            facts={[
              { term: 'Status', value: status },
              { term: 'Dates', value: dates ? <ProjectDates start={project.startDate} end={project.endDate} /> : null },
              {
                term: 'Lead',
                value: lead ? <Link href={publicPath('members', lead) ?? '/members'}>{lead.name}</Link> : null,
              },
              {
                term: themes.length === 1 ? 'Theme' : 'Themes',
                value: themes.length > 0 ? <ThemeLinks themes={themes} listing="/projects" /> : null,
              },
            ]}
          />
        </DetailHero>
        <div className="container detail">
          {heroImage && (
            <div className={styles.heroImage}>
              <Media media={heroImage} size="hero" sizes="(min-width: 44rem) 42rem, 100vw" showCaption preload />
            </div>
          )}
          <RichText data={project.body} />
          <TeamList people={team} />
          <LinkedList heading="Partners" items={organisationItems(project.partners)} />
          <LinkedList heading="Funders" items={organisationItems(project.funders)} />
          <RelatedList heading="Outputs" items={populated(project.outputs).map(relatedReport)} />
          <RelatedList heading="Events" items={populated(project.relatedEvents).map(relatedEvent)} />
          <RelatedList heading="News and blogs" items={populated(project.relatedPosts).map(relatedPost)} />
          <LinkedList heading="Links" items={externalLinkItems(project.externalLinks)} />
        </div>
      </article>
      <JsonLd data={projectJsonLd(project, team, { name: settings.siteName, url: serverEnv().SITE_URL })} />
    </>
  )
}

import type { Metadata } from 'next'

import { RichText } from '@/components/cms/RichText'
import { externalLinkItems, LinkedList } from '@/components/content/LinkedList'
import { MemberHero } from '@/components/content/MemberHero'
import { relatedPost, relatedProject, relatedReport } from '@/components/content/relatedItems'
import { RelatedList } from '@/components/content/RelatedList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { JsonLd } from '@/components/seo/JsonLd'
import { serverEnv } from '@/lib/env'
import { getDocumentBySlug } from '@/lib/queries/content'
import { getMemberWork } from '@/lib/queries/members'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { notFoundMetadata } from '@/lib/routing/notFoundOrRedirect'
import { memberProfileJsonLd } from '@/lib/seo/jsonLd/person'
import { metadataFor } from '@/lib/seo/metadata'

interface Props {
  params: Promise<{ slug: string }>
}

/** Rendered on the first visit, then served from the cache until the content changes. */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const member = await getDocumentBySlug('members', slug)
  return member ? metadataFor(member, `/members/${slug}`, member.shortBio) : notFoundMetadata
}

export default async function MemberPage({ params }: Props) {
  const { slug } = await params
  const member = await getDocumentBySlug('members', slug)
  if (!member) return <NotFoundPage path={`/members/${slug}`} />
  const [work, settings] = await Promise.all([getMemberWork(member.id), getSiteSettings()])

  return (
    <>
      <Breadcrumbs items={[{ label: 'Members', href: '/members' }, { label: member.name ?? member.slug }]} />
      <article>
        <MemberHero member={member} />
        <div className="container detail">
          {member.isDemo && (
            <p className="notice">
              This is a fictional profile included as demonstration content. The person and their work are invented.
            </p>
          )}
          {member.bio && (
            <section aria-labelledby="profile-bio">
              <h2 id="profile-bio">Biography</h2>
              <RichText data={member.bio} />
            </section>
          )}
          <RelatedList
            heading="Projects"
            items={work.projects.map((project) =>
              relatedProject(project, project.lead === member.id ? 'Project lead' : 'Team member'),
            )}
          />
          <RelatedList heading="Reports and publications" items={work.reports.map(relatedReport)} />
          <RelatedList heading="News and blogs" items={work.posts.map(relatedPost)} />
          <LinkedList heading="Links" items={externalLinkItems(member.profileLinks)} />
        </div>
      </article>
      <JsonLd data={memberProfileJsonLd(member, { name: settings.siteName, url: serverEnv().SITE_URL })} />
    </>
  )
}

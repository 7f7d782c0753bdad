import type { Metadata } from 'next'

import { networkRoles } from '@/collections/Members'
import { RichText } from '@/components/cms/RichText'
import { DetailHero } from '@/components/content/DetailHero'
import { FactList } from '@/components/content/FactList'
import { LinkedList } from '@/components/content/LinkedList'
import { populated } from '@/components/content/populated'
import { getDocumentBySlug } from '@/lib/queries/content'
import { notFoundOrRedirect } from '@/lib/routing/notFoundOrRedirect'
import { metadataFor } from '@/lib/seo/metadata'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const member = await getDocumentBySlug('members', slug)
  return member ? metadataFor(member, `/members/${slug}`, member.shortBio) : {}
}

export default async function MemberPage({ params }: Props) {
  const { slug } = await params
  const member = await getDocumentBySlug('members', slug)
  if (!member) return notFoundOrRedirect(`/members/${slug}`)
  const role = networkRoles.find((option) => option.value === member.networkRole)?.label
  const name = [member.name, member.postNominals].filter(Boolean).join(', ')
  return (
    <article>
      <DetailHero kicker={role} title={name} intro={member.shortBio}>
        <FactList
          facts={[
            { term: 'Position', value: member.jobTitle },
            {
              term: 'Affiliations',
              value: populated(member.affiliations)
                .map((org) => org.name)
                .join('; '),
            },
            { term: 'Research interests', value: (member.researchInterests ?? []).join(', ') },
            {
              term: 'ORCID iD',
              value: member.orcid ? <a href={`https://orcid.org/${member.orcid}`}>{member.orcid}</a> : null,
            },
          ]}
        />
        {member.acceptsMessages && (
          <p>
            <a className="button" href={`/contact?to=${encodeURIComponent(member.slug)}`}>
              Send {member.givenName} a message
            </a>
          </p>
        )}
      </DetailHero>
      <div className="container detail">
        <RichText data={member.bio} />
        <LinkedList
          heading="Links"
          items={(member.profileLinks ?? []).map((link, index) => ({
            id: link.id ?? index,
            label: link.label,
            href: link.url,
          }))}
        />
        {member.isDemo && <p className="notice">This is a fictional profile included as demonstration content.</p>}
      </div>
    </article>
  )
}

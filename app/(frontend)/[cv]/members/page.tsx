import type { Metadata } from 'next'
import Link from 'next/link'

import { Media } from '@/components/cms/Media'
import { DetailHero } from '@/components/content/DetailHero'
import { populated, populatedOne } from '@/lib/content/populated'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { publicPath } from '@/lib/paths'
import { type DirectoryMember, getMemberDirectory } from '@/lib/queries/members'
import type { Member } from '@/payload-types'
import demo from '@/components/content/DemoTag.module.css'
import placeholder from '@/components/content/MemberPhotoPlaceholder.module.css'
import pageStyles from '@/components/listings/ListingPage.module.css'

import styles from './members.module.css'

/** Directory groups, in the order the network presents itself. */
const groups: { role: Member['networkRole']; heading: string }[] = [
  { role: 'lead', heading: 'Network lead' },
  { role: 'steering-group', heading: 'Steering group' },
  { role: 'member', heading: 'Members' },
  { role: 'public-contributor', heading: 'Public contributors' },
]

const description =
  'The researchers, practitioners and public contributors of the Oxford Social Prescribing Research Network.'

export const metadata: Metadata = {
  title: 'Members',
  description,
  alternates: { canonical: '/members' },
  openGraph: { title: 'Members', description, url: '/members' },
}

export default async function MembersPage() {
  const members = await getMemberDirectory()
  const shown = groups
    .map((group) => ({ ...group, members: members.filter((member) => member.networkRole === group.role) }))
    .filter((group) => group.members.length > 0)

  return (
    <>
      <Breadcrumbs items={[{ label: 'Members' }]} />
      <DetailHero
        kicker="People"
        title="Members"
        intro="Researchers, clinicians, link workers, museum and library staff and members of the public who work together in the network. Open a profile to read about their work or to send them a message."
      />
      <div className={`container ${pageStyles.page}`}>
        {shown.length === 0 && <p className={styles.empty}>There are no member profiles to show yet.</p>}
        {shown.map((group) => (
          <section key={group.role} className="block" aria-labelledby={`group-${group.role}`}>
            <h2 id={`group-${group.role}`}>{group.heading}</h2>
            <ul className={styles.cards}>
              {group.members.map((member) => (
                <MemberCard key={member.id} member={member} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  )
}

function MemberCard({ member }: { member: DirectoryMember }) {
  const photo = populatedOne(member.photo)
  const name = [member.name, member.postNominals].filter(Boolean).join(', ')
  const href = publicPath('members', member)
  const affiliations = populated(member.affiliations).map((org) => org.name)
  return (
    <li className={styles.card}>
      <h3 className={styles.name}>{href ? <Link href={href}>{name}</Link> : name}</h3>
      {member.jobTitle && <p className={styles.job}>{member.jobTitle}</p>}
      {affiliations.length > 0 && <p className={styles.affiliations}>{affiliations.join('; ')}</p>}
      {member.isDemo && <p className={demo.tag}>Demo profile</p>}
      {photo ? (
        <Media media={photo} size="thumbnail" sizes="(min-width: 40rem) 14rem, 40vw" className={styles.photo} />
      ) : (
        <span className={`${placeholder.placeholder} ${styles.photo}`} aria-hidden="true" />
      )}
    </li>
  )
}

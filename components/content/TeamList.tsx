import Link from 'next/link'

import { Media } from '@/components/cms/Media'
import { populated, populatedOne } from '@/lib/content/populated'
import { publicPath } from '@/lib/paths'
import type { Member, Project } from '@/payload-types'

import placeholder from './MemberPhotoPlaceholder.module.css'
import styles from './TeamList.module.css'

export interface TeamMember {
  member: Member
  /** Their part in the work, e.g. "Project lead". */
  role: string
}

/** A project's lead first, then the rest of its team (the lead is listed once). */
export function projectTeam(project: Pick<Project, 'lead' | 'team'>): TeamMember[] {
  const lead = populatedOne(project.lead)
  return [
    ...(lead ? [{ member: lead, role: 'Project lead' }] : []),
    ...populated(project.team)
      .filter((member) => member.id !== lead?.id)
      .map((member) => ({ member, role: 'Team member' })),
  ]
}

/** The people on a project, with their photos, linked to their profiles. */
export function TeamList({ people }: { people: TeamMember[] }) {
  if (people.length === 0) return null
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <ul className={styles.list}>
        {people.map(({ member, role }) => {
          const photo = populatedOne(member.photo)
          const name = [member.name, member.postNominals].filter(Boolean).join(', ')
          const href = publicPath('members', member)
          return (
            <li key={member.id} className={styles.item}>
              {photo ? (
                <Media media={photo} size="thumbnail" sizes="6rem" className={styles.photo} />
              ) : (
                <span className={`${placeholder.placeholder} ${styles.photo}`} aria-hidden="true" />
              )}
              <div className={styles.text}>
                <p className={styles.name}>{href ? <Link href={href}>{name}</Link> : name}</p>
                <p className={styles.role}>{role}</p>
                {member.jobTitle && <p className={styles.job}>{member.jobTitle}</p>}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

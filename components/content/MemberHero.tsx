import { Media } from '@/components/cms/Media'
import { networkRoles, optionLabel } from '@/lib/content/options'
import { populated, populatedOne } from '@/lib/content/populated'
import { orcidUrl } from '@/lib/seo/jsonLd/person'
import type { Member } from '@/payload-types'

import { FactList } from './FactList'
import styles from './MemberHero.module.css'
import placeholder from './MemberPhotoPlaceholder.module.css'
import demo from './DemoTag.module.css'
import hero from './Hero.module.css'

/** The top of a member's profile: photo, name, role and key facts, and a way to write to them. */
export function MemberHero({ member }: { member: Member }) {
  const role = optionLabel(networkRoles, member.networkRole)
  const name = [member.name, member.postNominals].filter(Boolean).join(', ')
  const photo = populatedOne(member.photo)
  return (
    <header className={hero.hero}>
      <div className={`container ${styles.hero}`}>
        {photo ? (
          <Media media={photo} size="thumbnail" sizes="12rem" preload className={styles.photo} />
        ) : (
          <span className={`${placeholder.placeholder} ${styles.photo}`} aria-hidden="true" />
        )}
        <div>
          {role && <p className={hero.kicker}>{role}</p>}
          <h1>{name}</h1>
          {member.jobTitle && <p className={styles.job}>{member.jobTitle}</p>}
          {member.shortBio && <p className={hero.intro}>{member.shortBio}</p>}
          {member.isDemo && <p className={demo.tag}>Demo profile</p>}
          <FactList
            facts={[
              {
                term: 'Affiliations',
                value: populated(member.affiliations)
                  .map((org) => org.name)
                  .join('; '),
              },
              { term: 'Research interests', value: (member.researchInterests ?? []).join(', ') },
              {
                term: 'ORCID iD',
                value: member.orcid ? <a href={orcidUrl(member.orcid)}>{orcidUrl(member.orcid)}</a> : null,
              },
            ]}
          />
          {member.acceptsMessages && (
            <p className={styles.message}>
              {/* A form, never an address: the network passes the message on without publishing anyone's email. */}
              <a
                className="button"
                href={`/contact?to=${encodeURIComponent(member.slug)}`}
                aria-describedby="profile-message-note"
              >
                Send a message
              </a>
              <span id="profile-message-note" className={styles.messageNote}>
                to {member.givenName} through our contact form.
              </span>
            </p>
          )}
        </div>
      </div>
    </header>
  )
}

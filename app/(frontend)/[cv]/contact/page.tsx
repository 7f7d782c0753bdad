import type { Metadata } from 'next'
import { z } from 'zod'

import { DetailHero } from '@/components/content/DetailHero'
import { ContactForm } from '@/components/forms/ContactForm.client'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { captchaProviders } from '@/lib/abuse/captcha'
import { issueFormToken } from '@/lib/abuse/formToken'
import { serverEnv } from '@/lib/env'
import { publicPath } from '@/lib/paths'
import { isFailedFormPost } from '@/lib/routing/failedFormPost'
import { getContactRecipients, getContactSettings, TEAM_RECIPIENT } from '@/lib/queries/contact'

import styles from './contact.module.css'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The form carries a fresh signed token: rendered per request. */
export const dynamic = 'force-dynamic'

const TITLE = 'Contact us'

const toSchema = z.object({
  to: z
    .string()
    .max(120)
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
})

/** "Error: " first after a submission without JavaScript failed; with JavaScript the form sets the title. */
export async function generateMetadata(): Promise<Metadata> {
  const failedPost = await isFailedFormPost()
  return {
    title: failedPost ? `Error: ${TITLE}` : TITLE,
    description: 'Send a message to the communications team or to a member of the network.',
    alternates: { canonical: '/contact' },
  }
}

export default async function ContactPage({ searchParams }: Props) {
  const { to } = toSchema.parse(await searchParams)
  const [settings, recipients] = await Promise.all([getContactSettings(), getContactRecipients()])
  const wanted = to && to !== TEAM_RECIPIENT ? `member:${to}` : TEAM_RECIPIENT
  const selected = recipients.some((recipient) => recipient.key === wanted) ? wanted : TEAM_RECIPIENT
  const env = serverEnv()
  const notice = settings.privacyNotice
  const noticeHref = notice ? publicPath('pages', notice) : null
  const provider = env.CAPTCHA_PROVIDER === 'none' ? null : captchaProviders[env.CAPTCHA_PROVIDER]

  return (
    <>
      <Breadcrumbs items={[{ label: TITLE }]} />
      <DetailHero title={TITLE} intro={settings.introduction} />
      <div className={`container ${styles.contact}`}>
        <section className={styles.next} aria-labelledby="contact-next-title">
          <h2 id="contact-next-title">What happens next</h2>
          <p>{settings.whatHappensNext}</p>
          <p>{settings.replyTime}</p>
        </section>
        <ContactForm
          recipients={recipients.map(({ key, name, description }) => ({ key, name, description }))}
          selected={selected}
          token={issueFormToken(env.PAYLOAD_SECRET ?? '')}
          privacyNotice={noticeHref && notice ? { href: noticeHref, title: notice.title } : null}
          acknowledgementsEnabled={settings.acknowledgementsEnabled !== false}
          captcha={provider && env.CAPTCHA_SITE_KEY ? { ...provider, siteKey: env.CAPTCHA_SITE_KEY } : null}
        />
      </div>
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { getContactSettings } from '@/lib/queries/contact'

const TITLE = 'Message received'

export const metadata: Metadata = {
  title: TITLE,
  robots: { index: false },
  alternates: { canonical: '/contact/held' },
}

/**
 * Where a message ends that was stored but held because its recipient, or the whole form, had
 * many messages in the last hour: the visitor is told it will be passed on after a check, not
 * that it was sent.
 */
export default async function ContactHeldPage() {
  const settings = await getContactSettings()
  return (
    <>
      <Breadcrumbs items={[{ label: 'Contact us', href: '/contact' }, { label: TITLE }]} />
      <DetailHero
        title={TITLE}
        intro="Thank you. We have received your message. Many messages have been sent through this form recently, so the communications team will read yours before passing it on."
      />
      <div className="container contact">
        <h2>What happens next</h2>
        <p>
          You do not need to send it again. It may take a little longer than usual to reach the person you wrote to.
        </p>
        <p>{settings.replyTime}</p>
        <p>
          <Link href="/contact">Send another message</Link> or <Link href="/">go to the home page</Link>.
        </p>
      </div>
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'

import { DetailHero } from '@/components/content/DetailHero'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { getContactSettings } from '@/lib/queries/contact'

const TITLE = 'Message sent'

export const metadata: Metadata = {
  title: TITLE,
  robots: { index: false },
  alternates: { canonical: '/contact/sent' },
}

/** Where every accepted submission ends, whether it was queued for delivery or quietly held. */
export default async function ContactSentPage() {
  const settings = await getContactSettings()
  return (
    <>
      <Breadcrumbs items={[{ label: 'Contact us', href: '/contact' }, { label: TITLE }]} />
      <DetailHero title={TITLE} intro="Thank you. We have received your message and will pass it on." />
      <div className="container contact">
        <h2>What happens next</h2>
        <p>{settings.whatHappensNext}</p>
        <p>{settings.replyTime}</p>
        <p>
          <Link href="/contact">Send another message</Link> or <Link href="/">go to the home page</Link>.
        </p>
      </div>
    </>
  )
}

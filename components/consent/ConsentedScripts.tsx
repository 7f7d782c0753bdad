import { consentedScripts, type ConsentView } from '@/lib/consent/policy'
import type { PublicCookieSettings } from '@/lib/queries/cookieSettings'

/** The scripts of the optional services this page variant's visitors agreed to; none before consent or under GPC. */
export function ConsentedScripts({ settings, view }: { settings: PublicCookieSettings; view: ConsentView }) {
  return (
    <>
      {consentedScripts(settings, view).map((src) => (
        <script key={src} src={src} async />
      ))}
    </>
  )
}

import { getVisitorConsent } from '@/lib/consent/readConsent'
import { consentedScripts } from '@/lib/consent/policy'

/** The scripts of the optional services this visitor agreed to; nothing at all before consent or under GPC. */
export async function ConsentedScripts() {
  const { settings, view } = await getVisitorConsent()
  return (
    <>
      {consentedScripts(settings, view).map((src) => (
        <script key={src} src={src} async />
      ))}
    </>
  )
}

import { after, NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

import { consentCookieHeaders, hideNoticeCookieHeader } from '@/lib/consent/consentCookies'
import { trustedConsentId } from '@/lib/consent/consentId'
import { cookiesToDelete } from '@/lib/consent/cookieDeletions'
import { CONSENT_COOKIE, decodeConsent, encodeConsent, type ConsentNotice } from '@/lib/consent/consentState'
import { isCrossSite } from '@/lib/consent/crossSite'
import { allOptionalServices, chooseConsent, loadsScriptsFromElsewhere } from '@/lib/consent/policy'
import { returnPath } from '@/lib/consent/returnPath'
import { storeConsentProof } from '@/lib/consent/storeConsentProof'
import { clientAddress } from '@/lib/abuse/clientAddress'
import { serverEnv } from '@/lib/env'
import { getCookieSettings } from '@/lib/queries/cookieSettings'

const formSchema = z.object({
  choice: z.enum(['accept', 'reject', 'custom', 'hide']),
  services: z.array(z.string().max(81)).max(200),
  categories: z.array(z.string().max(40)).max(20),
})

/**
 * `POST /consent`: the cookie banner's buttons and the preferences form. Stores the choice in a
 * first-party cookie, expires the cookies of withdrawn services, keeps an anonymous record, then
 * sends the visitor back (303) to the page they were on with a confirmation, or answers JSON to
 * the enhanced banner.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const env = serverEnv()
  const siteOrigin = new URL(env.SITE_URL).origin
  if (isCrossSite(request.headers, [siteOrigin, request.nextUrl.origin])) {
    return NextResponse.json({ error: 'Cross-site request refused.' }, { status: 403 })
  }
  const form = await request.formData().catch(() => null)
  const parsed = formSchema.safeParse({
    choice: form?.get('choice'),
    services: form?.getAll('services'),
    categories: form?.getAll('categories'),
  })
  if (!form || !parsed.success) {
    return NextResponse.json({ error: 'Choose to accept or reject optional cookies.' }, { status: 400 })
  }
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const returnTo = form.get('returnTo')
  const back = returnPath(env.SITE_URL, [
    typeof returnTo === 'string' ? returnTo : null,
    request.headers.get('referer'),
  ])
  // On the public address: behind a proxy or in a container the request's own URL names the server, not the site.
  const redirectBack = () => NextResponse.redirect(new URL(back, env.SITE_URL), 303)
  const { choice } = parsed.data

  if (choice === 'hide') {
    const response = wantsJson ? NextResponse.json({ hidden: true }) : redirectBack()
    response.headers.append('Set-Cookie', hideNoticeCookieHeader())
    return response
  }

  const settings = await getCookieSettings()
  const chosen = chooseConsent(settings, choice === 'custom' ? { kind: 'custom', ...parsed.data } : { kind: choice })
  const stored = {
    v: 1 as const,
    // Issued and signed here: a cookie's id is kept only when the signature holds.
    ...trustedConsentId(decodeConsent(request.cookies.get(CONSENT_COOKIE)?.value), env.PAYLOAD_SECRET ?? ''),
    rev: settings.revision ?? 1,
    at: new Date().toISOString(),
    ...chosen,
  }
  const allowed = new Set(request.headers.get('sec-gpc') === '1' ? [] : chosen.svc)
  // Every optional service not allowed now, whatever the earlier choice was (or under which
  // revision): its cookies go, including under GPC, where nothing optional runs.
  const withdrawn = new Set(allOptionalServices(settings).filter((key) => !allowed.has(key)))

  const notice: ConsentNotice = choice === 'accept' ? 'accepted' : choice === 'reject' ? 'rejected' : 'saved'
  // The open page's Content-Security-Policy does not allow a newly agreed script from another
  // origin: the banner loads the page again, which then shows the confirmation from its cookie.
  const reload = wantsJson && loadsScriptsFromElsewhere(settings, allowed, siteOrigin)
  const response = wantsJson ? NextResponse.json(reload ? { notice, reload } : { notice }) : redirectBack()
  const sent = request.cookies.getAll().map((cookie) => cookie.name)
  for (const header of consentCookieHeaders({
    value: encodeConsent(stored),
    lifetimeSeconds: (settings.lifetimeDays ?? 365) * 24 * 60 * 60,
    notice: !wantsJson || reload ? notice : null,
    deletions: cookiesToDelete(settings, withdrawn, sent),
    secure: env.SITE_URL.startsWith('https://'),
  })) {
    response.headers.append('Set-Cookie', header)
  }
  if (settings.keepProof !== false) {
    const proof = { id: stored.id, method: choice, revision: stored.rev, ...chosen }
    const address = clientAddress(request.headers, env.TRUSTED_PROXY_HOPS)
    // After the response; over the address's hourly share no record is written, but the choice
    // has taken effect all the same.
    after(() => storeConsentProof(proof, address))
  }
  return response
}

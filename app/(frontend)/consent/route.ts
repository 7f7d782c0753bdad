import { serialize } from 'cookie'
import { after, NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

import { trustedConsentId } from '@/lib/consent/consentId'
import { consentProofLimiter } from '@/lib/consent/consentRuntime'
import { cookiesToDelete } from '@/lib/consent/cookieDeletions'
import {
  CONSENT_COOKIE,
  CONSENT_NOTICE_COOKIE,
  decodeConsent,
  encodeConsent,
  type ConsentNotice,
} from '@/lib/consent/consentState'
import { allOptionalServices, chooseConsent, loadsScriptsFromElsewhere } from '@/lib/consent/policy'
import { keepConsentProof } from '@/lib/consent/keepConsentProof'
import { returnPath } from '@/lib/consent/returnPath'
import { clientAddress } from '@/lib/contact/clientAddress'
import { serverEnv } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { getCookieSettings } from '@/lib/queries/cookieSettings'

const formSchema = z.object({
  choice: z.enum(['accept', 'reject', 'custom', 'hide']),
  services: z.array(z.string().max(81)).max(200),
  categories: z.array(z.string().max(40)).max(20),
})

/** A consent change must come from this site's own pages, never from a form on another site. */
function crossSite(request: NextRequest): boolean {
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true
  const origin = request.headers.get('origin')
  return Boolean(origin && origin !== new URL(serverEnv().SITE_URL).origin && origin !== request.nextUrl.origin)
}

/** On the public address: behind a proxy or in a container the request's own URL names the server, not the site. */
const redirectBack = (path: string) => NextResponse.redirect(new URL(path, serverEnv().SITE_URL), 303)

const secure = () => serverEnv().SITE_URL.startsWith('https://')

/**
 * `POST /consent`: the cookie banner's buttons and the preferences form. Stores the choice in a
 * first-party cookie, expires the cookies of withdrawn services, keeps an anonymous record, then
 * sends the visitor back (303) to the page they were on with a confirmation, or answers JSON to
 * the enhanced banner.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  if (crossSite(request)) return NextResponse.json({ error: 'Cross-site request refused.' }, { status: 403 })
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
  const back = returnPath(serverEnv().SITE_URL, [
    typeof returnTo === 'string' ? returnTo : null,
    request.headers.get('referer'),
  ])
  const { choice } = parsed.data

  if (choice === 'hide') {
    const response = wantsJson ? NextResponse.json({ hidden: true }) : redirectBack(back)
    response.headers.append('Set-Cookie', serialize(CONSENT_NOTICE_COOKIE, '', { path: '/', maxAge: 0 }))
    return response
  }

  const settings = await getCookieSettings()
  const previous = decodeConsent(request.cookies.get(CONSENT_COOKIE)?.value)
  const chosen = chooseConsent(settings, choice === 'custom' ? { kind: 'custom', ...parsed.data } : { kind: choice })
  const stored = {
    v: 1 as const,
    // Issued and signed here: a cookie's id is kept only when the signature holds.
    ...trustedConsentId(previous, serverEnv().PAYLOAD_SECRET ?? ''),
    rev: settings.revision ?? 1,
    at: new Date().toISOString(),
    ...chosen,
  }
  const gpc = request.headers.get('sec-gpc') === '1'
  const allowed = new Set(gpc ? [] : chosen.svc)
  // Every optional service not allowed now, whatever the earlier choice was (or under which
  // revision): its cookies go, including under GPC, where nothing optional runs.
  const withdrawn = new Set(allOptionalServices(settings).filter((key) => !allowed.has(key)))

  const notice: ConsentNotice = choice === 'accept' ? 'accepted' : choice === 'reject' ? 'rejected' : 'saved'
  // The open page's Content-Security-Policy does not allow a newly agreed script from another
  // origin: the banner loads the page again, which then shows the confirmation from its cookie.
  const reload = wantsJson && loadsScriptsFromElsewhere(settings, allowed, new URL(serverEnv().SITE_URL).origin)
  const response = wantsJson ? NextResponse.json(reload ? { notice, reload } : { notice }) : redirectBack(back)
  const lifetime = (settings.lifetimeDays ?? 365) * 24 * 60 * 60
  response.headers.append(
    'Set-Cookie',
    serialize(CONSENT_COOKIE, encodeConsent(stored), {
      path: '/',
      maxAge: lifetime,
      sameSite: 'lax',
      secure: secure(),
      httpOnly: true,
    }),
  )
  if (!wantsJson || reload) {
    response.headers.append(
      'Set-Cookie',
      serialize(CONSENT_NOTICE_COOKIE, notice, {
        path: '/',
        maxAge: 300,
        sameSite: 'lax',
        secure: secure(),
        httpOnly: true,
      }),
    )
  }
  const sent = request.cookies.getAll().map((cookie) => cookie.name)
  for (const deletion of cookiesToDelete(settings, withdrawn, sent)) {
    try {
      response.headers.append(
        'Set-Cookie',
        serialize(deletion.name, '', { path: deletion.path, domain: deletion.domain, maxAge: 0, expires: new Date(0) }),
      )
    } catch (error) {
      // A cookie the policy describes wrongly must not stop the visitor's choice from being saved.
      console.error(`[consent] cannot expire cookie ${deletion.name}:`, error)
    }
  }
  if (settings.keepProof !== false) {
    const proof = { id: stored.id, method: choice, revision: stored.rev, ...chosen }
    const address = clientAddress(request.headers, serverEnv().TRUSTED_PROXY_HOPS)
    // After the response: a slow or failing database never holds up (or blocks) a choice. Over
    // the address's hourly share no record is written, but the choice has taken effect all the same.
    after(async () => {
      try {
        const payload = await getPayloadClient()
        await keepConsentProof(payload, proof, { limiter: consentProofLimiter(payload), address })
      } catch (error) {
        console.error('[consent] proof of consent not recorded:', error)
      }
    })
  }
  return response
}

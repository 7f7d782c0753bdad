import type { GlobalAfterChangeHook } from 'payload'

import { routingPolicyFor } from '@/lib/consent/policy'
import type { CookieSetting } from '@/payload-types'
import { publishRoutingPolicy } from '@/server/consentVariant.mjs'

/** A raised revision asks every visitor again from the next request on (server/pageVariants.mjs). */
export const publishRoutingPolicyAfterChange: GlobalAfterChangeHook = ({ doc }) => {
  publishRoutingPolicy(routingPolicyFor(doc as CookieSetting))
  return doc
}

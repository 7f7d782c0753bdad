import type { PageFixture } from '../types'
import { about } from './about'
import { accessibility } from './accessibility'
import { commentGuidelines } from './commentGuidelines'
import { contactGuidelines } from './contactGuidelines'
import { cookies } from './cookies'
import { home } from './home'
import { privacy } from './privacy'
import { policyContext, whatIsSocialPrescribing } from './socialPrescribing'

/** Parents before children. */
export const pages: PageFixture[] = [
  home,
  about,
  whatIsSocialPrescribing,
  policyContext,
  privacy,
  accessibility,
  cookies,
  contactGuidelines,
  commentGuidelines,
]

import type { CommentSetting } from '@/payload-types'

/** The comment settings; the guidelines page is linked by the seed once it exists. */
export const commentSettings: Omit<CommentSetting, 'id' | 'updatedAt' | 'createdAt' | 'guidelines'> = {
  closeAfterDays: 30,
  moderationTime: 'We usually read comments within two working days.',
  maxLinks: 2,
  retentionDays: 60,
  blocklist: 'casino\npayday loan\ncrypto giveaway',
}

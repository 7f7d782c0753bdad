import type { ThemeFixture } from './types'

export const themes: ThemeFixture[] = [
  {
    name: 'Loneliness and isolation',
    slug: 'loneliness-and-isolation',
    description: 'How social prescribing reaches people who are lonely or cut off, and what helps them reconnect.',
  },
  {
    name: 'Arts, culture and heritage',
    slug: 'arts-culture-and-heritage',
    description: 'Museums, libraries, collections and creative activity as routes to better health and wellbeing.',
  },
  {
    name: 'Green space and nature',
    slug: 'green-space-and-nature',
    description: 'Gardens, walking groups, parks and other time outdoors, and what they do for health.',
  },
  {
    name: 'Link workers and primary care',
    slug: 'link-workers-and-primary-care',
    description: 'The people and practices who make referrals work, from GP surgeries to community organisations.',
  },
  {
    name: 'Evaluation methods',
    slug: 'evaluation-methods',
    description: 'Study designs, outcome measures and ways of building robust evidence about social prescribing.',
  },
  {
    name: 'Policy and commissioning',
    slug: 'policy-and-commissioning',
    description:
      'How national policy and local funding decisions shape social prescribing, and how evidence can inform them.',
  },
]

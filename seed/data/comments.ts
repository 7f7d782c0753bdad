import type { Comment } from '@/payload-types'

export type CommentFixture = Pick<Comment, 'status' | 'authorName' | 'authorEmail' | 'body' | 'reply'> & {
  /** The post's slug. */
  post: string
  /** How long ago it was sent. */
  daysAgo: number
}

const launch = 'the-oxford-social-prescribing-research-network-launches'

/**
 * Readers' comments on the launch story: a few approved ones, one answered by the network, and
 * one waiting in the moderation queue. Commenters are fictional, on example.net.
 */
export const comments: CommentFixture[] = [
  {
    post: launch,
    status: 'approved',
    authorName: 'Priya Demo-Reader',
    authorEmail: 'priya.demo-reader@example.net',
    body: 'Good to see the museums involved from the start. Our patients often say a gallery visit was the first time in months they went out for something other than an appointment.\n\n(Demo comment.)',
    daysAgo: 170,
  },
  {
    post: launch,
    status: 'approved',
    authorName: 'Gareth Demo-Linkworker',
    authorEmail: 'gareth.demo-linkworker@example.net',
    body: 'Will link workers be able to take part in the research, or is it mainly for GP practices? Several of us in Oxfordshire would be keen.\n\n(Demo comment.)',
    reply:
      'Yes: link workers are central to two of our studies, and we will invite them to take part as those studies open. Members of the network will also run sessions for link workers at our events. (Demo reply.)',
    daysAgo: 165,
  },
  {
    post: launch,
    status: 'approved',
    authorName: 'Helen Demo-Volunteer',
    authorEmail: 'helen.demo-volunteer@example.net',
    body: 'I volunteer with a walking group. It would be wonderful if the research looked at groups like ours as well as the big institutions.\n\n(Demo comment.)',
    daysAgo: 150,
  },
  {
    post: launch,
    status: 'pending',
    authorName: 'Oliver Demo-Commenter',
    authorEmail: 'oliver.demo-commenter@example.net',
    body: 'Is there a mailing list for news of the network’s events?\n\n(Demo comment, waiting for moderation.)',
    daysAgo: 1,
  },
]

import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const commentGuidelines: PageFixture = {
  title: 'Comment guidelines',
  slug: 'comment-guidelines',
  intro:
    'How to comment on our news items and blog posts, how we moderate comments, and what we keep about you and for how long.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Every comment is read first' },
        {
          paragraph:
            'A moderator from the communications team reads every comment before it appears. We usually do this within two working days. Comments on a post close 30 days after it is published, unless the post says otherwise.',
        },
        { heading: 'Please do' },
        {
          list: [
            'Keep to the subject of the post.',
            'Disagree with ideas, not with people.',
            'Say where your experience comes from, if it helps others understand it (for example, as a link worker or a volunteer).',
          ],
        },
        { heading: 'Please do not' },
        {
          list: [
            'Share medical details about yourself or anyone else: we cannot give medical advice. If you need medical help, contact your GP or NHS 111, and in an emergency call 999.',
            'Include other people’s names, contact details or other personal information.',
            'Post anything abusive, discriminatory, threatening or defamatory.',
            'Advertise, or post many links: comments with several links go to our spam folder.',
          ],
        },
        { heading: 'How we moderate' },
        {
          paragraph:
            'We approve comments that follow these guidelines and reject those that do not; we do not say why a comment was rejected. To protect people, we may remove personal details from a comment before approving it, and we record that we did. The network may reply under a comment; replies are signed by the network.',
        },
        { heading: 'What we keep, and for how long' },
        {
          list: [
            'Your name, comment and the date are shown under the post once it is approved, for as long as the post is on the site.',
            'Your email address is never shown or published. Only the communications team can see it. We use it only to tell you when your comment is published or answered, if you ask us to, and to contact you about your comment.',
            'Comments that are waiting, rejected or held as spam are deleted, with your name and email address, 60 days after you sent them.',
            'We do not store your IP address with your comment. To stop abuse, we count comments per connection for an hour, as a scrambled code that cannot be turned back into the address.',
          ],
        },
        {
          paragraph: [
            'To have your comment removed, or to ask about your information, write to us through the ',
            { link: 'contact form', href: '/contact' },
            '. Our ',
            { link: 'privacy notice', href: '/privacy' },
            ' explains your rights.',
          ],
        },
      ),
    },
  ],
}

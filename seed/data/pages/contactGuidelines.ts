import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const contactGuidelines: PageFixture = {
  title: 'Guidelines for contacting members',
  slug: 'contact-guidelines',
  intro:
    'How to get in touch with network members and the communications team, and how we moderate messages sent through this website.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Writing to a member' },
        {
          paragraph:
            'Members who accept messages have a contact button on their profile. Your message is sent to them by email; their address is never shown on this site. When they reply, they will write from their own email address, and they will see yours.',
        },
        {
          paragraph:
            'Not every member accepts messages. If the person you want to reach does not, write to the communications team and we will pass your message on where we can.',
        },
        { heading: 'Please do' },
        {
          list: [
            'Say who you are and why you are getting in touch.',
            'Keep to one topic per message.',
            'Write to the communications team for press enquiries, event questions and anything about the website.',
          ],
        },
        { heading: 'Please do not' },
        {
          list: [
            'Ask for medical advice or share details of your health: we cannot respond to them. If you need medical help, contact your GP or NHS 111, and in an emergency call 999.',
            'Include other people’s personal information.',
            'Send advertising, repeated messages or bulk mail.',
          ],
        },
        { heading: 'Moderation' },
        {
          paragraph:
            'The communications team may hold back or delete messages that are abusive, discriminatory, threatening, off-topic advertising or spam, or that contain other people’s personal information. If messages from the same sender keep breaking these guidelines, we may stop passing them on. The same rules will apply to reader comments, if we open them on news items.',
        },
      ),
    },
    {
      blockType: 'faq',
      heading: 'Questions about contacting us',
      items: [
        {
          question: 'How soon will I get a reply?',
          answer: richText({
            paragraph:
              'The communications team aims to reply within five working days. Members are busy researchers and practitioners: most reply within a couple of weeks, but they cannot promise to answer every message.',
          }),
        },
        {
          question: 'What happens to my details?',
          answer: richText({
            paragraph: [
              'We use them only to deliver and answer your message. Read the ',
              { link: 'privacy notice', href: '/privacy' },
              ' for how long we keep them and your rights.',
            ],
          }),
        },
        {
          question: 'Can I take part in the network’s research?',
          answer: richText({
            paragraph:
              'Often, yes. We welcome public contributors with experience of social prescribing. Send the communications team a short message about your interest.',
          }),
        },
      ],
    },
  ],
}

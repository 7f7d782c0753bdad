import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const privacy: PageFixture = {
  title: 'Privacy notice',
  slug: 'privacy',
  intro:
    'How we collect and use personal information when you use this website or contact us, and the rights you have under UK data protection law.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Who we are' },
        {
          paragraph:
            'This website is run by the Oxford Social Prescribing Research Network at the University of Oxford. The University of Oxford is the data controller for the personal information described in this notice, and processes it in line with the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.',
        },
        { heading: 'What we collect' },
        {
          list: [
            [
              { bold: 'When you use the contact form: ' },
              'your name, your email address, your message, and the member or team you are writing to.',
            ],
            [
              { bold: 'When you comment on a news item or blog post: ' },
              'your name, your email address, your comment, the post, and whether you asked to be told when it is published or answered. See our ',
              { link: 'comment guidelines', href: '/comment-guidelines' },
              '.',
            ],
            [
              { bold: 'Your cookie choices: ' },
              'whether you accepted or rejected optional cookies, so that we do not ask again on every page. See our ',
              { link: 'cookie policy', href: '/cookies' },
              '.',
            ],
            [
              { bold: 'Technical information: ' },
              'like most websites, our servers record the pages requested, the time and the address of the device making the request, to keep the site secure and working.',
            ],
          ],
        },
        { heading: 'Why we use it, and our lawful basis' },
        {
          paragraph:
            'We use your contact details and message only to answer you and to pass your message to the person you chose. We use a comment to publish it under the post once a moderator has approved it (your name, comment and date are then public; your email address never is), and your email address only to tell you it was published or answered if you asked. Our lawful basis is our legitimate interest in responding to enquiries about the network’s work, and the University’s public task of research and teaching. Optional cookies are set only with your consent. Technical logs are kept for our legitimate interest in running a secure website.',
        },
        { heading: 'Who can see it' },
        {
          paragraph:
            'Messages to the communications team are read by the team. A message to a network member is forwarded to that member by email, with your name and email address so that they can reply to you; members’ own addresses are never published on this site. Our hosting and email providers process data on our behalf under contract. We do not sell your information or use it for marketing.',
        },
        { heading: 'How long we keep it' },
        {
          paragraph:
            'We keep contact form messages for up to 12 months after our last reply, then delete them, unless they become part of an ongoing collaboration. Published comments stay with their post; comments that are waiting, rejected or held as spam are deleted, with your name and email address, 60 days after you sent them. Your cookie choices are stored in your browser for up to 12 months. Server logs are kept for up to 90 days.',
        },
        { heading: 'Your rights' },
        {
          paragraph:
            'You have the right to ask for a copy of your information, to have it corrected or deleted, to restrict or object to how we use it, and to withdraw consent at any time where we rely on it. To use any of these rights, contact us through the contact form. We will reply within one month.',
        },
        {
          paragraph: [
            'If you are unhappy with how we have handled your information, please tell us first. You also have the right to complain to the ',
            { link: 'Information Commissioner’s Office', href: 'https://ico.org.uk/make-a-complaint/' },
            ', the UK regulator for data protection.',
          ],
        },
        { heading: 'Changes to this notice' },
        {
          paragraph:
            'We will update this notice if the way we use personal information changes, and say on this page what has changed.',
        },
      ),
    },
  ],
}

import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const cookies: PageFixture = {
  title: 'Cookie policy',
  slug: 'cookies',
  intro:
    'We use only the cookies this website needs to work, unless you choose to accept others. You can change your choice at any time on this page.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'What cookies are' },
        {
          paragraph:
            'Cookies are small files saved on your phone, tablet or computer when you visit a website. Similar technologies, such as local storage in your browser, are covered by this policy too.',
        },
        { heading: 'Essential cookies' },
        {
          paragraph:
            'These cookies are needed for security, network management and accessibility. They are always on, and they do not track you across other websites.',
        },
        {
          list: [
            [
              { bold: 'Cookie choices: ' },
              'remembers whether you accepted or rejected optional cookies, so that the banner does not appear on every page. Kept for up to 12 months.',
            ],
            [
              { bold: 'Sign-in (editors only): ' },
              'keeps members of the communications team signed in to the editing area of the site. Removed when they sign out, and after 8 hours at most.',
            ],
          ],
        },
        { heading: 'Optional cookies' },
        {
          paragraph:
            'We only set optional cookies, such as cookies that help us understand how the site is used, if you choose to accept them. Until you choose, none are set. Rejecting them is as easy as accepting them, and the site works just as well either way.',
        },
        { heading: 'Changing your choice' },
        {
          paragraph:
            'You can change or withdraw your choice at any time, as easily as you gave it, using the cookie settings on this page. You can also delete cookies in your browser’s settings.',
        },
        { heading: 'Other websites' },
        {
          paragraph: [
            'Links to other websites, for example to register for an event or watch a recording, take you to sites with their own cookie policies. To find out how we use personal information more generally, read our ',
            { link: 'privacy notice', href: '/privacy' },
            '.',
          ],
        },
      ),
    },
    {
      blockType: 'cookiePreferences',
      heading: 'Change your cookie settings',
      intro:
        'Choose which optional services may set cookies or load on this website. Strictly necessary cookies are always on.',
    },
  ],
}

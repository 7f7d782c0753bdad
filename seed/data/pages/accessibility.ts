import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const accessibility: PageFixture = {
  title: 'Accessibility statement',
  slug: 'accessibility',
  intro:
    'We want as many people as possible to be able to use this website. This statement explains how accessible it is, what to do if you have a problem, and how we are improving it.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Using this website' },
        {
          paragraph:
            'This website is run by the Oxford Social Prescribing Research Network at the University of Oxford. You should be able to:',
        },
        {
          list: [
            'change colours, contrast levels and fonts using your browser or device settings;',
            'zoom in up to 400% without the text spilling off the screen;',
            'navigate the whole website using just a keyboard;',
            'navigate most of the website using speech recognition software;',
            'listen to most of the website using a screen reader;',
            'see a clear focus indicator on links, buttons and form fields.',
          ],
        },
        {
          paragraph: [
            'We also try to write in plain English. ',
            { link: 'AbilityNet', href: 'https://mcmw.abilitynet.org.uk/' },
            ' has advice on making your device easier to use if you have a disability.',
          ],
        },
        { heading: 'How accessible this website is' },
        {
          paragraph: 'We know some parts of this website are not fully accessible:',
        },
        {
          list: [
            'some older PDF documents are not fully accessible to screen reader software;',
            'some recordings of past events do not have accurate captions;',
            'some links to other websites lead to pages we do not control and that may not meet the same standard.',
          ],
        },
        { heading: 'Feedback and contact information' },
        {
          paragraph: [
            'If you need information on this website in a different format, such as an accessible PDF, large print, easy read or audio, or if you find a problem not listed here, ',
            { link: 'contact us', href: '/contact' },
            '. We will consider your request and reply within 10 working days.',
          ],
        },
        { heading: 'Enforcement procedure' },
        {
          paragraph: [
            'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility regulations”). If you are not happy with how we respond to your complaint, contact the ',
            { link: 'Equality Advisory and Support Service (EASS)', href: 'https://www.equalityadvisoryservice.com/' },
            '.',
          ],
        },
        { heading: 'Technical information about this website’s accessibility' },
        {
          paragraph:
            'The University of Oxford is committed to making its websites accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
        },
        { heading: 'Compliance status', level: 3 },
        {
          paragraph:
            'This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard, due to the non-compliances listed below.',
        },
        { heading: 'Non-accessible content', level: 3 },
        {
          list: [
            'Some PDF documents lack tags, headings or text alternatives for charts (WCAG 1.1.1 and 1.3.1). We are replacing them with accessible versions when they are next updated, and will publish new documents as accessible HTML or tagged PDF.',
            'Some pre-recorded video lacks accurate captions (WCAG 1.2.2). We caption all new recordings before publishing them.',
          ],
        },
        {
          paragraph:
            'Pre-recorded audio and video published before 23 September 2020, and PDFs published before 23 September 2018 that are not needed to use our services, are outside the scope of the regulations.',
        },
        { heading: 'What we are doing to improve accessibility' },
        {
          paragraph:
            'Every type of page on this website is checked with automated accessibility tests and by hand with a keyboard and a screen reader. We review this statement at least once a year and whenever the website changes significantly.',
        },
      ),
    },
  ],
}

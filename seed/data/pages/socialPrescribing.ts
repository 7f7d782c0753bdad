import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const whatIsSocialPrescribing: PageFixture = {
  title: 'What is social prescribing?',
  slug: 'what-is-social-prescribing',
  intro:
    'Social prescribing connects people with things that matter for their health but are not medical: company, advice, nature, culture and community.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        {
          paragraph:
            'Our health and wellbeing are shaped by the social, economic and environmental circumstances we live in. Social prescribing looks at a person’s needs as a whole and helps them take more control of their own health.',
        },
        { heading: 'How it works' },
        {
          paragraph:
            'A GP, nurse or other professional can refer someone with non-medical needs, such as loneliness, debt, housing problems, unemployment or social isolation, to a link worker. Together they find local support from charitable, voluntary and community organisations, or activities in green spaces, libraries, museums, heritage sites and the arts.',
        },
        { heading: 'Some examples' },
        {
          list: [
            'A luncheon club for someone who has lost touch with friends.',
            'A walking group or community garden.',
            'Debt advice, or help with a housing problem.',
            'Creative and cultural activities, from museum object handling to choirs.',
          ],
        },
      ),
    },
    {
      blockType: 'quote',
      quote:
        'I went to the walking group because the link worker suggested it. I kept going because of the people I met there.',
      attribution: 'Margaret Lowther',
      role: 'Public contributor (fictional demo profile)',
    },
    {
      blockType: 'media',
      image: 'green-hills',
      caption: 'Walking groups and time outdoors are among the most common social prescriptions.',
      width: 'content',
    },
    {
      blockType: 'faq',
      heading: 'Common questions',
      items: [
        {
          question: 'Does social prescribing replace medical treatment?',
          answer: richText({
            paragraph:
              'No. It sits alongside medical care, for the needs that medicine alone cannot meet. Anyone who needs medical treatment should keep getting it.',
          }),
        },
        {
          question: 'Who can be referred?',
          answer: richText({
            paragraph:
              'Anyone whose health or wellbeing is affected by non-medical needs. People are often referred through their GP practice, and some services also accept people who refer themselves.',
          }),
        },
        {
          question: 'Who runs the activities?',
          answer: richText({
            paragraph:
              'Mostly local charitable, voluntary and community organisations, as well as museums, libraries, gardens and arts and heritage organisations. Many activities are free or low cost.',
          }),
        },
        {
          question: 'How strong is the evidence?',
          answer: richText({
            paragraph: [
              'Growing, but uneven. Many studies are small or short, and we still need to know more about what works, for whom and how it is best delivered. That is why the network exists: see ',
              { link: 'our projects', href: '/projects' },
              ' and ',
              { link: 'our research', href: '/reports' },
              '.',
            ],
          }),
        },
      ],
    },
    {
      blockType: 'callToAction',
      heading: 'The policy behind social prescribing',
      text: 'How the NHS Long Term Plan, link workers and the National Academy for Social Prescribing fit together.',
      links: [{ label: 'Read about the policy context', href: '/what-is-social-prescribing/policy-context' }],
    },
  ],
}

export const policyContext: PageFixture = {
  title: 'The policy context',
  slug: 'policy-context',
  parent: 'what-is-social-prescribing',
  intro:
    'Social prescribing has become part of how the NHS in England plans personalised care. Here is how the policy fits together.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'The NHS Long Term Plan' },
        {
          paragraph:
            'The NHS Long Term Plan, published in 2019, made social prescribing one of six evidence-based components of its comprehensive model of personalised care. NHS England’s social prescribing team supports the NHS, health providers and the voluntary, community and social enterprise (VCSE) sector to put it into practice.',
        },
        { heading: 'Link workers' },
        {
          paragraph:
            'Link workers are at the heart of the model: they give people time, find out what matters to them and connect them with local support. The plan expected every GP practice in England to have access to a social prescribing link worker by 2023/24, with 900,000 people referred.',
        },
        { heading: 'The National Academy for Social Prescribing' },
        {
          paragraph:
            'In 2019 the Department of Health and Social Care made £5 million available to set up a National Academy for Social Prescribing. It became an independent charity in 2020, with partners including NHS England and NHS Improvement and Sport England. Its work focuses on:',
        },
        {
          list: [
            'raising the profile of social prescribing;',
            'building the evidence base;',
            'sharing promising practice;',
            'supporting voluntary organisations;',
            'exploring funding partnerships.',
          ],
        },
      ),
    },
    {
      blockType: 'keyFacts',
      heading: 'Key figures',
      facts: [
        { figure: '2019', label: 'the NHS Long Term Plan makes social prescribing part of personalised care' },
        { figure: '1 of 6', label: 'evidence-based components of the comprehensive model of personalised care' },
        { figure: '£5 million', label: 'to set up the National Academy for Social Prescribing' },
        { figure: '900,000', label: 'people expected to be referred by 2023/24' },
      ],
    },
    {
      blockType: 'richText',
      content: richText(
        { heading: 'What this means for research' },
        {
          paragraph:
            'As social prescribing grows, so does the need to know what it achieves, for whom, and how it can be delivered well. Commissioners and practitioners need evidence they can use, and the people referred deserve services that have been properly evaluated.',
        },
      ),
    },
    {
      blockType: 'contentListing',
      heading: 'Our policy research',
      collection: 'reports',
      theme: 'policy-and-commissioning',
      limit: 3,
    },
  ],
}

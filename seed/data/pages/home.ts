import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const home: PageFixture = {
  title: 'Social prescribing research at Oxford',
  slug: 'home',
  intro:
    'An interdisciplinary network of the University of Oxford studying how social prescribing can improve health and wellbeing, and how best to deliver it.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Why social prescribing matters' },
        {
          paragraph:
            'Our health is shaped by the social, economic and environmental circumstances we live in. Social prescribing connects people with non-medical needs, such as loneliness, debt, housing problems or isolation, to local community groups, green spaces, libraries, museums, heritage and the arts.',
        },
        {
          paragraph:
            'The NHS Long Term Plan (2019) made social prescribing one of six evidence-based components of personalised care. The evidence for what works, for whom and how, is still being built: that is the work of this network.',
        },
        { heading: 'Who we are' },
        {
          paragraph: [
            'The network brings together the Nuffield Department of Primary Care Health Sciences, including the Centre for Evidence-Based Medicine, the University’s Gardens, Libraries and Museums, and Kellogg College, working with members of the public, clinical providers, policymakers and other researchers. ',
            { link: 'Read more about the network', href: '/about' },
            '.',
          ],
        },
      ),
    },
    {
      blockType: 'keyFacts',
      heading: 'The network in numbers',
      facts: [
        { figure: '3 million+', label: 'visitors a year to the University’s gardens, libraries and museums' },
        { figure: '20+', label: 'years of teaching and research at the Centre for Evidence-Based Medicine' },
        {
          figure: '11',
          label:
            'of the National Institute for Health Research’s 200 most prominent researchers work in the Nuffield Department of Primary Care Health Sciences',
        },
        { figure: '900,000', label: 'people the NHS Long Term Plan expected to be referred to social prescribing' },
      ],
    },
    { blockType: 'contentListing', heading: 'Our projects', collection: 'projects', limit: 3 },
    { blockType: 'contentListing', heading: 'Upcoming events', collection: 'events', limit: 3 },
    { blockType: 'contentListing', heading: 'Latest news and views', collection: 'posts', limit: 3 },
    { blockType: 'contentListing', heading: 'Latest research', collection: 'reports', limit: 3 },
    { blockType: 'partnerLogos', heading: 'Our partners' },
    {
      blockType: 'callToAction',
      heading: 'Get in touch',
      text: 'Want to work with us, ask about our research or reach a network member? Send us a message.',
      links: [
        { label: 'Contact us', href: '/contact' },
        { label: 'Find a member', href: '/members' },
      ],
    },
  ],
}

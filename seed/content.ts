import { richText } from './richText'

/** The demo site: fictional where it is not the network's public facts (see BRIEF.md). */
export const siteSettings = {
  siteName: 'Oxford Social Prescribing Research Network',
  shortName: 'OSPRN',
  tagline: 'Building the evidence for social prescribing, with the people it serves',
  contactEmail: 'communications@example.org',
  navigation: [
    { label: 'About', href: '/about' },
    { label: 'Research', href: '/research' },
    { label: 'Outreach', href: '/events' },
    { label: 'News & Views', href: '/news' },
    { label: 'Contact', href: '/contact' },
  ],
  footerLinks: [
    { label: 'Privacy notice', href: '/privacy' },
    { label: 'Accessibility statement', href: '/accessibility' },
    { label: 'Cookie policy', href: '/cookies' },
  ],
}

export const pages = [
  {
    title: 'Social prescribing research at Oxford',
    slug: 'home',
    intro:
      'An interdisciplinary network of the University of Oxford studying how social prescribing can improve health and wellbeing, and how best to deliver it.',
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
        paragraph:
          "The network brings together the Nuffield Department of Primary Care Health Sciences, including the Centre for Evidence-Based Medicine, the University's Gardens, Libraries and Museums, and Kellogg College, working with members of the public, clinical providers, policymakers and other researchers.",
      },
    ),
  },
  {
    title: 'About the network',
    slug: 'about',
    intro:
      'The Oxford Social Prescribing Research Network is an interdisciplinary network of the University of Oxford.',
    content: richText(
      { heading: 'Our aims' },
      {
        list: [
          'Understand the different perspectives on social prescribing.',
          "Learn how patients' health and wellbeing can benefit, and through which mechanisms delivery can be optimised.",
          'Build more robust, systematic evidence of its efficacy and of how it is best deployed.',
          'Understand how engagement with collections in gardens, libraries and museums affects wellbeing and mental health.',
        ],
      },
      { heading: 'Our partners' },
      {
        paragraph:
          'The Nuffield Department of Primary Care Health Sciences is a leading centre for academic primary care in the UK. Its Centre for Evidence-Based Medicine has more than 20 years of teaching and research in evidence-based medicine. The Gardens, Libraries and Museums welcome over 3 million visitors a year and run health and wellbeing programmes. Kellogg College is a partner college.',
      },
    ),
  },
]

export const demoAdmin = {
  name: 'Demo Administrator',
  email: 'admin@example.org',
}

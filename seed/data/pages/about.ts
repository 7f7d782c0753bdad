import { richText } from '../../richText'
import type { PageFixture } from '../types'

export const about: PageFixture = {
  title: 'About the network',
  slug: 'about',
  intro:
    'The Oxford Social Prescribing Research Network is an interdisciplinary network of the University of Oxford, bringing together researchers, clinicians, museums, libraries and gardens, and the public.',
  layout: [
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Our aims' },
        {
          list: [
            'Understand the different perspectives on social prescribing.',
            'Learn how patients’ health and wellbeing can benefit, and the mechanisms through which delivery can be optimised.',
            'Build more robust, systematic evidence of how well social prescribing works and how it is best deployed.',
            'Understand how engagement with the collections of gardens, libraries and museums affects wellbeing and mental health, a question made more pressing by the long-term effects of the COVID-19 pandemic.',
          ],
        },
        { heading: 'How we work' },
        {
          paragraph:
            'We work with members of the public, clinical providers, policymakers and other researchers. Public contributors help shape our questions and study plans, and link workers and community organisations keep our research close to practice.',
        },
      ),
    },
    {
      blockType: 'media',
      image: 'library-shelves',
      caption: 'Libraries, museums and gardens are partners in the network, not only places to refer people to.',
      width: 'wide',
    },
    {
      blockType: 'richText',
      content: richText(
        { heading: 'Our partners' },
        {
          paragraph: [
            { bold: 'The Nuffield Department of Primary Care Health Sciences' },
            ' is a top-ranked centre for academic primary care in the UK. Its research focuses on the prevention, early diagnosis and management of common illness, and it is home to 11 of the National Institute for Health Research’s 200 most prominent researchers.',
          ],
        },
        {
          paragraph: [
            { bold: 'The Centre for Evidence-Based Medicine' },
            ', part of the department, has over 20 years of teaching and research in evidence-based medicine and runs an international postgraduate programme in evidence-based health care.',
          ],
        },
        {
          paragraph: [
            { bold: 'The Gardens, Libraries and Museums' },
            ' of the University hold some of the world’s most significant collections and welcome over 3 million visitors a year. Their health and wellbeing programmes work with older people, refugees and asylum seekers, and people on the autism spectrum.',
          ],
        },
        { paragraph: [{ bold: 'Kellogg College' }, ' is a partner college of the network.'] },
      ),
    },
    {
      blockType: 'partnerLogos',
      heading: 'Partners',
      organisations: [
        'nuffield-department-of-primary-care-health-sciences',
        'centre-for-evidence-based-medicine',
        'gardens-libraries-and-museums',
        'kellogg-college',
      ],
    },
    {
      blockType: 'callToAction',
      heading: 'Meet the network',
      text: 'Find researchers, practitioners and public contributors by role or research interest.',
      links: [{ label: 'Browse members', href: '/members' }],
    },
  ],
}

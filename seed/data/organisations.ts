import type { OrganisationFixture } from './types'

/** The network's real partners, then clearly fictional funders and community organisations. */
export const organisations: OrganisationFixture[] = [
  {
    name: 'University of Oxford',
    slug: 'university-of-oxford',
    kind: 'university',
    isPartner: true,
    website: 'https://www.ox.ac.uk',
    description: 'The university the network belongs to.',
  },
  {
    name: 'Nuffield Department of Primary Care Health Sciences',
    slug: 'nuffield-department-of-primary-care-health-sciences',
    shortName: 'NDPCHS',
    kind: 'university',
    isPartner: true,
    website: 'https://www.phc.ox.ac.uk',
    description:
      'A top-ranked centre for academic primary care in the UK, researching the prevention, early diagnosis and management of common illness. It is home to 11 of the National Institute for Health Research’s 200 most prominent researchers.',
  },
  {
    name: 'Centre for Evidence-Based Medicine',
    slug: 'centre-for-evidence-based-medicine',
    shortName: 'CEBM',
    kind: 'university',
    isPartner: true,
    website: 'https://www.cebm.ox.ac.uk',
    description:
      'Part of the Nuffield Department of Primary Care Health Sciences, with over 20 years of teaching and research in evidence-based medicine and an international postgraduate programme in evidence-based health care.',
  },
  {
    name: 'Gardens, Libraries and Museums',
    slug: 'gardens-libraries-and-museums',
    shortName: 'GLAM',
    kind: 'culture',
    isPartner: true,
    website: 'https://www.glam.ox.ac.uk',
    description:
      'The University’s gardens, libraries and museums hold some of the world’s most significant collections, welcome over 3 million visitors a year and run health and wellbeing programmes with older people, refugees and asylum seekers, and people on the autism spectrum.',
  },
  {
    name: 'Kellogg College',
    slug: 'kellogg-college',
    kind: 'university',
    isPartner: true,
    website: 'https://www.kellogg.ox.ac.uk',
    description: 'A college of the University of Oxford and a partner in the network.',
  },
  {
    name: 'Example Health Research Foundation',
    slug: 'example-health-research-foundation',
    kind: 'funder',
    website: 'https://example.org/health-research-foundation',
    description: 'A fictional funder used in the demo content.',
  },
  {
    name: 'Example Arts and Wellbeing Trust',
    slug: 'example-arts-and-wellbeing-trust',
    kind: 'funder',
    website: 'https://example.org/arts-and-wellbeing-trust',
    description: 'A fictional charitable trust used in the demo content.',
  },
  {
    name: 'Example Community Link Service',
    slug: 'example-community-link-service',
    kind: 'charity',
    website: 'https://example.org/community-link-service',
    description: 'A fictional voluntary organisation employing link workers, used in the demo content.',
  },
  {
    name: 'Example Green Spaces Charity',
    slug: 'example-green-spaces-charity',
    kind: 'charity',
    website: 'https://example.org/green-spaces-charity',
    description: 'A fictional charity running walking groups and community gardens, used in the demo content.',
  },
]

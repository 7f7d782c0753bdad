import { richText } from '../richText'
import type { MemberFixture } from './types'

const demoProfile = (sentence: string) =>
  richText(
    { paragraph: [{ bold: 'This is a fictional demo profile.' }, ` ${sentence}`] },
    {
      paragraph:
        'The person, their job and their work are invented to show how member profiles look; any resemblance to a real person is coincidental.',
    },
  )

/**
 * The two named contacts of the network (real people: only what the network has published about
 * them), then fictional members marked as demo. Every address is @example.org.
 */
export const members: MemberFixture[] = [
  {
    givenName: 'Kamal R.',
    familyName: 'Mahtani',
    slug: 'kamal-r-mahtani',
    networkRole: 'member',
    affiliations: ['university-of-oxford'],
    shortBio: 'A member of the Oxford Social Prescribing Research Network and one of its named contacts.',
    bio: richText({
      paragraph:
        'Kamal R. Mahtani is a member of the Oxford Social Prescribing Research Network and one of the named contacts for the network. Messages can be sent through the contact form.',
    }),
    contactEmail: 'kamal.mahtani@example.org',
  },
  {
    givenName: 'Lucy',
    familyName: 'Shaw',
    slug: 'lucy-shaw',
    networkRole: 'member',
    affiliations: ['university-of-oxford'],
    shortBio: 'A member of the Oxford Social Prescribing Research Network and one of its named contacts.',
    bio: richText({
      paragraph:
        'Lucy Shaw is a member of the Oxford Social Prescribing Research Network and one of the named contacts for the network. Messages can be sent through the contact form.',
    }),
    contactEmail: 'lucy.shaw@example.org',
  },
  {
    givenName: 'Miriam',
    familyName: 'Okafor-Hale',
    slug: 'miriam-okafor-hale',
    postNominals: 'DPhil, MRCGP',
    networkRole: 'lead',
    jobTitle: 'Associate Professor of Primary Care (fictional)',
    affiliations: ['nuffield-department-of-primary-care-health-sciences', 'university-of-oxford'],
    photo: 'portrait-sage',
    shortBio:
      'Fictional demo profile: a GP and researcher who studies how link workers support older people living alone.',
    bio: demoProfile(
      'Miriam is an imaginary GP and primary care researcher. In the demo she leads the study of link workers and loneliness in later life and chairs the network’s steering group.',
    ),
    researchInterests: ['loneliness', 'link workers', 'older people', 'mixed methods'],
    profileLinks: [{ label: 'Departmental profile (demo)', url: 'https://example.org/people/miriam-okafor-hale' }],
    contactEmail: 'miriam.okafor-hale@example.org',
    isDemo: true,
  },
  {
    givenName: 'Tomasz',
    familyName: 'Wierzbicki',
    slug: 'tomasz-wierzbicki',
    networkRole: 'steering-group',
    jobTitle: 'Senior Researcher in Evidence Synthesis (fictional)',
    affiliations: ['centre-for-evidence-based-medicine'],
    photo: 'portrait-sky',
    shortBio: 'Fictional demo profile: an evidence synthesis researcher who designs rapid reviews and outcome sets.',
    bio: demoProfile(
      'Tomasz is an imaginary methodologist who runs rapid evidence reviews and teaches on evaluation methods. His ORCID iD is the example iD that ORCID publishes for testing.',
    ),
    researchInterests: ['rapid reviews', 'outcome measures', 'evaluation methods', 'green social prescribing'],
    orcid: '0000-0002-1825-0097',
    profileLinks: [
      { label: 'ORCID record', url: 'https://orcid.org/0000-0002-1825-0097' },
      { label: 'Personal website (demo)', url: 'https://example.org/people/tomasz-wierzbicki' },
    ],
    contactEmail: 'tomasz.wierzbicki@example.org',
    isDemo: true,
  },
  {
    givenName: 'Eleanor',
    familyName: 'Brightwell',
    slug: 'eleanor-brightwell',
    networkRole: 'steering-group',
    jobTitle: 'Research Fellow in Museums and Health (fictional)',
    affiliations: ['gardens-libraries-and-museums'],
    photo: 'portrait-sand',
    shortBio:
      'Fictional demo profile: a museum researcher who studies object handling and conversation groups for wellbeing.',
    bio: demoProfile(
      'Eleanor is an imaginary researcher working between museum learning teams and health researchers. In the demo she leads the collections for wellbeing project.',
    ),
    researchInterests: ['museums', 'object handling', 'realist evaluation', 'mental health'],
    profileLinks: [{ label: 'Staff page (demo)', url: 'https://example.org/people/eleanor-brightwell' }],
    isDemo: true,
  },
  {
    givenName: 'Priya',
    familyName: 'Raman',
    slug: 'priya-raman',
    networkRole: 'member',
    jobTitle: 'DPhil student (fictional)',
    affiliations: ['kellogg-college'],
    shortBio:
      'Fictional demo profile: a doctoral student looking at how social prescribing reaches people seeking sanctuary.',
    bio: demoProfile(
      'Priya is an imaginary doctoral student. Her demo project asks how social prescribing can work with and for refugees and people seeking asylum.',
    ),
    researchInterests: ['refugees and asylum seekers', 'participatory research', 'equity'],
    contactEmail: 'priya.raman@example.org',
    isDemo: true,
  },
  {
    givenName: 'Samuel',
    familyName: 'Adeyemi',
    slug: 'samuel-adeyemi',
    networkRole: 'member',
    jobTitle: 'Social prescribing link worker (fictional)',
    affiliations: ['example-community-link-service'],
    shortBio: 'Fictional demo profile: a link worker who brings day-to-day practice into the network’s research.',
    bio: demoProfile(
      'Samuel is an imaginary link worker at a fictional community organisation. He helps the network keep its questions close to what happens in practice.',
    ),
    researchInterests: ['link worker practice', 'community groups', 'walking groups'],
    isDemo: true,
  },
  {
    givenName: 'Margaret',
    familyName: 'Lowther',
    slug: 'margaret-lowther',
    networkRole: 'public-contributor',
    jobTitle: 'Public contributor (fictional)',
    shortBio: 'Fictional demo profile: a public contributor who reviews study plans and co-chairs the public panel.',
    bio: demoProfile(
      'Margaret is an imaginary public contributor who was once referred to a walking group herself. She reviews study materials and helps plan public events.',
    ),
    researchInterests: ['public involvement', 'walking groups'],
    contactEmail: 'margaret.lowther@example.org',
    isDemo: true,
  },
]

import { monthsFromNow } from '../dates'
import { demoNote, richText } from '../richText'
import type { ProjectFixture } from './types'

/** Two fictional projects in each status, dated around the moment of seeding. */
export function projects(now: Date): ProjectFixture[] {
  const month = (months: number) => monthsFromNow(now, months)
  return [
    {
      title: 'Link workers and loneliness in later life',
      slug: 'link-workers-and-loneliness-in-later-life',
      summary:
        'Following older people referred to link workers because they feel lonely, to learn what changes for them, what helps and what gets in the way.',
      body: richText(
        { heading: 'Why this study' },
        {
          paragraph:
            'Loneliness is one of the most common reasons for a referral to a social prescribing link worker, yet we know little about what happens to people afterwards. This study follows older adults for a year after their first appointment.',
        },
        { heading: 'What we are doing' },
        {
          list: [
            'Interviews with people referred, at the start and after six and twelve months.',
            'Short wellbeing and loneliness questionnaires, chosen with our public contributors.',
            'Conversations with link workers and the community groups they refer to.',
          ],
        },
        {
          paragraph: [
            'Interim findings are available in the ',
            { link: 'interim report', href: '/reports/link-workers-and-loneliness-interim-report' },
            '.',
          ],
        },
        demoNote('project'),
      ),
      projectStatus: 'ongoing',
      startDate: month(-14),
      endDate: month(10),
      heroImage: 'conversation',
      themes: ['loneliness-and-isolation', 'link-workers-and-primary-care'],
      lead: 'miriam-okafor-hale',
      team: ['samuel-adeyemi', 'margaret-lowther', 'tomasz-wierzbicki'],
      partners: ['nuffield-department-of-primary-care-health-sciences', 'example-community-link-service'],
      funders: ['example-health-research-foundation'],
      relatedEvents: ['evidence-cafe-what-do-link-workers-need-from-research'],
      externalLinks: [{ label: 'Study registration (demo)', url: 'https://example.org/registry/osprn-demo-001' }],
    },
    {
      title: 'Collections for wellbeing',
      slug: 'collections-for-wellbeing',
      summary:
        'A realist evaluation of museum and library wellbeing programmes for adults referred through social prescribing: what works, for whom and why.',
      body: richText(
        {
          paragraph:
            'Museums and libraries increasingly welcome people referred by link workers, through object handling, creative workshops and conversation groups. This project works alongside programme staff to understand how these sessions affect wellbeing and mental health, and in what circumstances.',
        },
        {
          list: [
            'Workshops with staff and participants to set out how the programmes are meant to work.',
            'Observation of sessions and interviews with participants.',
            'Practical guidance for museums, libraries and link workers.',
          ],
        },
        demoNote('project'),
      ),
      projectStatus: 'ongoing',
      startDate: month(-8),
      endDate: month(16),
      heroImage: 'gallery-arches',
      themes: ['arts-culture-and-heritage', 'evaluation-methods'],
      lead: 'eleanor-brightwell',
      team: ['tomasz-wierzbicki', 'margaret-lowther'],
      partners: ['gardens-libraries-and-museums'],
      funders: ['example-arts-and-wellbeing-trust'],
      relatedEvents: ['symposium-social-prescribing-and-the-museum', 'museum-object-handling-taster-session'],
    },
    {
      title: 'Mapping local social prescribing services',
      slug: 'mapping-local-social-prescribing-services',
      summary:
        'A survey and mapping exercise of who offers social prescribing locally, who is referred, and which community activities they are connected with.',
      body: richText(
        {
          paragraph:
            'Before asking whether social prescribing works, it helps to know what is on offer. This project surveyed practices and voluntary organisations and mapped the activities available to people referred.',
        },
        {
          paragraph:
            'The map showed gaps in rural areas and long waits for some popular groups, and informed a briefing for local commissioners.',
        },
        demoNote('project'),
      ),
      projectStatus: 'completed',
      startDate: month(-40),
      endDate: month(-16),
      heroImage: 'city-spires',
      themes: ['policy-and-commissioning', 'link-workers-and-primary-care'],
      lead: 'miriam-okafor-hale',
      team: ['samuel-adeyemi'],
      partners: ['nuffield-department-of-primary-care-health-sciences', 'example-community-link-service'],
      funders: ['example-health-research-foundation'],
      relatedEvents: ['workshop-co-designing-research-with-public-contributors'],
    },
    {
      title: 'Green social prescribing: a rapid evidence review',
      slug: 'green-social-prescribing-a-rapid-evidence-review',
      summary:
        'A rapid review of studies of walking groups, gardening and other nature-based activities offered through social prescribing, and of how they were evaluated.',
      body: richText(
        {
          paragraph:
            'Nature-based activities are among the most popular social prescriptions. This review brought together what is known about their effects and the methods used to study them.',
        },
        {
          paragraph: [
            'Read the ',
            { link: 'full review', href: '/reports/green-social-prescribing-a-rapid-evidence-review' },
            ' for the findings and recommendations for future studies.',
          ],
        },
        demoNote('project'),
      ),
      projectStatus: 'completed',
      startDate: month(-20),
      endDate: month(-6),
      heroImage: 'green-hills',
      themes: ['green-space-and-nature', 'evaluation-methods'],
      lead: 'tomasz-wierzbicki',
      team: ['margaret-lowther'],
      partners: ['centre-for-evidence-based-medicine', 'example-green-spaces-charity'],
      funders: ['example-health-research-foundation'],
      relatedEvents: ['walking-seminar-green-space-and-health'],
    },
    {
      title: 'Social prescribing with people seeking sanctuary',
      slug: 'social-prescribing-with-people-seeking-sanctuary',
      summary:
        'A participatory study, planned with refugee community groups, of how social prescribing and cultural activities can support people seeking asylum.',
      body: richText(
        {
          paragraph:
            'Refugees and people seeking asylum face particular barriers to the activities social prescribing links to. This planned study will be shaped from the start by community researchers with lived experience.',
        },
        demoNote('project'),
      ),
      projectStatus: 'planned',
      startDate: month(4),
      endDate: month(28),
      heroImage: 'river',
      themes: ['arts-culture-and-heritage', 'loneliness-and-isolation'],
      lead: 'priya-raman',
      team: ['eleanor-brightwell', 'samuel-adeyemi'],
      partners: ['gardens-libraries-and-museums', 'kellogg-college'],
      funders: ['example-arts-and-wellbeing-trust'],
      externalLinks: [
        { label: 'Expression of interest form (demo)', url: 'https://example.org/forms/sanctuary-study' },
      ],
    },
    {
      title: 'Measuring what matters: towards a core outcome set',
      slug: 'measuring-what-matters-towards-a-core-outcome-set',
      summary:
        'Agreeing, with people who use and deliver social prescribing, a small set of outcomes that every evaluation should measure.',
      body: richText(
        {
          paragraph:
            'Evaluations of social prescribing measure many different things, which makes them hard to compare. This planned project will use a consensus process with participants, link workers, commissioners and researchers to agree a core outcome set.',
        },
        demoNote('project'),
      ),
      projectStatus: 'planned',
      startDate: month(6),
      endDate: month(30),
      heroImage: 'library-shelves',
      themes: ['evaluation-methods', 'policy-and-commissioning'],
      lead: 'tomasz-wierzbicki',
      team: ['miriam-okafor-hale', 'margaret-lowther'],
      partners: ['centre-for-evidence-based-medicine'],
      relatedEvents: [
        'webinar-measuring-wellbeing-in-arts-on-prescription',
        'weekend-writing-retreat-from-evaluation-to-publication',
      ],
    },
  ]
}

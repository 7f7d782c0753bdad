import { daysAgo } from '../dates'
import { demoNote, richText } from '../richText'
import type { ReportFixture } from './types'

/** Fictional outputs. DOIs use 10.5555, the prefix Crossref keeps for tests, so they resolve nowhere. */
export function reports(now: Date): ReportFixture[] {
  return [
    {
      title: 'Link workers and loneliness in later life: interim report',
      slug: 'link-workers-and-loneliness-interim-report',
      reportType: 'report',
      publishedOn: daysAgo(now, 45),
      abstract:
        'This interim report describes the first year of a mixed-methods study of older adults referred to social prescribing link workers because of loneliness. Participants valued unhurried time and a named person to return to. Link workers described how much depends on community groups that are often short of funding. A final report will follow. (Fictional demo report.)',
      body: richText(
        { heading: 'Key points' },
        {
          list: [
            'Time and continuity with one link worker mattered more to participants than the number of activities offered.',
            'Some people needed help with transport or confidence before they could join a group.',
            'Community groups were keen to welcome referrals but rarely funded to do so.',
          ],
        },
        demoNote('report'),
      ),
      authors: [
        { member: 'miriam-okafor-hale' },
        { member: 'samuel-adeyemi' },
        { name: 'Alex Example' },
        { member: 'tomasz-wierzbicki' },
      ],
      publisher: 'Oxford Social Prescribing Research Network',
      doi: '10.5555/osprn-demo.2001',
      file: 'loneliness-interim-report',
      projects: ['link-workers-and-loneliness-in-later-life'],
      themes: ['loneliness-and-isolation', 'link-workers-and-primary-care'],
    },
    {
      title: 'Collections for wellbeing: protocol for a realist evaluation',
      slug: 'collections-for-wellbeing-protocol-for-a-realist-evaluation',
      reportType: 'protocol',
      publishedOn: daysAgo(now, 150),
      abstract:
        'We describe the protocol for a realist evaluation of museum and library wellbeing programmes for adults referred through social prescribing, combining programme theory workshops, observation, interviews and brief wellbeing measures. (Fictional demo protocol.)',
      authors: [{ member: 'eleanor-brightwell' }, { name: 'Jo Sample' }, { member: 'tomasz-wierzbicki' }],
      publisher: 'Example Journal of Study Protocols (fictional)',
      doi: '10.5555/osprn-demo.2002',
      url: 'https://example.org/journals/study-protocols/osprn-demo-2002',
      file: 'collections-protocol',
      projects: ['collections-for-wellbeing'],
      themes: ['arts-culture-and-heritage', 'evaluation-methods'],
    },
    {
      title: 'Green social prescribing: a rapid evidence review',
      slug: 'green-social-prescribing-a-rapid-evidence-review',
      reportType: 'evidence-review',
      publishedOn: daysAgo(now, 200),
      abstract:
        'A rapid review of nature-based activities offered through social prescribing. Most studies were small and uncontrolled; participants often reported feeling better and more connected, but few studies followed people for more than a few months or described who did not take part. We recommend longer follow-up and agreed outcome measures. (Fictional demo review.)',
      authors: [{ member: 'tomasz-wierzbicki' }, { member: 'margaret-lowther' }, { name: 'Sam Placeholder' }],
      publisher: 'Oxford Social Prescribing Research Network',
      doi: '10.5555/osprn-demo.2003',
      file: 'green-space-review',
      projects: ['green-social-prescribing-a-rapid-evidence-review'],
      themes: ['green-space-and-nature', 'evaluation-methods'],
    },
    {
      title: 'Social prescribing in primary care: a briefing for policymakers',
      slug: 'social-prescribing-in-primary-care-a-briefing-for-policymakers',
      reportType: 'briefing',
      publishedOn: daysAgo(now, 300),
      abstract:
        'A four-page briefing for commissioners and policymakers on what local mapping tells us about making referrals count: the activities people are referred to need support too, and evaluation works best when it is planned from the start. (Fictional demo briefing.)',
      authors: [{ member: 'miriam-okafor-hale' }, { member: 'tomasz-wierzbicki' }],
      publisher: 'Oxford Social Prescribing Research Network',
      url: 'https://example.org/briefings/social-prescribing-in-primary-care',
      file: 'policy-briefing',
      projects: ['mapping-local-social-prescribing-services'],
      themes: ['policy-and-commissioning', 'link-workers-and-primary-care'],
    },
    {
      title: 'Who is referred, and to what? A survey of local social prescribing services',
      slug: 'who-is-referred-and-to-what-a-survey-of-local-social-prescribing-services',
      reportType: 'journal-article',
      publishedOn: daysAgo(now, 420),
      abstract:
        'A cross-sectional survey of general practices and voluntary organisations describing who is referred to social prescribing, for what reasons, and to which activities, with a map of provision showing gaps in rural areas. (Fictional demo article.)',
      authors: [{ member: 'samuel-adeyemi' }, { member: 'miriam-okafor-hale' }, { name: 'Alex Example' }],
      publisher: 'Example Journal of Primary Care Research (fictional)',
      doi: '10.5555/osprn-demo.2005',
      url: 'https://example.org/journals/primary-care-research/osprn-demo-2005',
      projects: ['mapping-local-social-prescribing-services'],
      themes: ['policy-and-commissioning'],
    },
  ]
}

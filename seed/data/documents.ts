import type { DocumentFixture } from './types'

const subtitle = 'Fictional demo document'
const disclaimer =
  'This file is demo content for the Oxford Social Prescribing Research Network website. The study, people and findings it describes are invented; it does not report real research and must not be cited.'
const contact = 'Demo contact: communications@example.org'

export const documents: DocumentFixture[] = [
  {
    key: 'loneliness-interim-report',
    filename: 'demo-loneliness-interim-report.pdf',
    title: 'Link workers and loneliness in later life: interim report (demo)',
    pdf: {
      title: 'Link workers and loneliness in later life: interim report',
      subtitle,
      paragraphs: [
        disclaimer,
        'Summary. This interim report describes the first year of a mixed-methods study following older adults referred to link workers in three general practices. It sets out how participants were recruited, what activities they were connected with, and the early themes from interviews with participants and link workers.',
        'Early themes. Participants valued time to talk and a named person to return to. Link workers described the limits of what local groups could offer, and the effort needed to keep community activities going after short-term funding ends.',
        'Next steps. A second round of interviews and the analysis of wellbeing questionnaires will follow in the final report.',
        contact,
      ],
    },
  },
  {
    key: 'collections-protocol',
    filename: 'demo-collections-for-wellbeing-protocol.pdf',
    title: 'Collections for wellbeing: study protocol (demo)',
    pdf: {
      title: 'Collections for wellbeing: study protocol',
      subtitle,
      paragraphs: [
        disclaimer,
        'Aim. To understand how taking part in museum and library wellbeing programmes affects the mental health and sense of connection of adults referred through social prescribing.',
        'Design. A realist evaluation combining programme theory workshops, observation of sessions, interviews with participants and staff, and short wellbeing measures before and after each programme.',
        'Outputs. A programme theory of how collections-based activity helps, for whom and in what circumstances, and practical guidance for museums, libraries and link workers.',
        contact,
      ],
    },
  },
  {
    key: 'green-space-review',
    filename: 'demo-green-space-evidence-review.pdf',
    title: 'Green social prescribing: a rapid evidence review (demo)',
    pdf: {
      title: 'Green social prescribing: a rapid evidence review',
      subtitle,
      paragraphs: [
        disclaimer,
        'Question. What is known about the effects of nature-based activities, such as walking groups and community gardening, offered through social prescribing, and how have they been evaluated?',
        'Methods. A rapid review following published guidance for rapid reviews, searching bibliographic databases and grey literature, with one reviewer screening and a second checking a sample.',
        'Findings. Most studies were small and uncontrolled. Participants often reported feeling better and more connected, but few studies measured outcomes beyond a few months or described who did not take part.',
        contact,
      ],
    },
  },
  {
    key: 'policy-briefing',
    filename: 'demo-policy-briefing.pdf',
    title: 'Social prescribing in primary care: a briefing for policymakers (demo)',
    pdf: {
      title: 'Social prescribing in primary care: a briefing for policymakers',
      subtitle,
      paragraphs: [
        disclaimer,
        'Context. The NHS Long Term Plan (2019) made social prescribing one of six components of its comprehensive model of personalised care, expecting every GP practice in England to have access to a social prescribing link worker.',
        'Key points. Referral is only the start: people benefit when there are local activities to go to. Evaluation should be planned from the beginning, with outcomes that matter to the people referred, and with data on who is and is not reached.',
        contact,
      ],
    },
  },
  {
    key: 'symposium-slides',
    filename: 'demo-museum-symposium-slides.pdf',
    title: 'Slides: social prescribing and the museum (demo)',
    pdf: {
      title: 'Social prescribing and the museum: symposium slides',
      subtitle,
      paragraphs: [
        disclaimer,
        'Welcome and introductions. Why museums and libraries take part in social prescribing, and what the network hopes to learn from them.',
        'Session one. Object handling and conversation: what participants and staff told us.',
        'Session two. Measuring wellbeing without turning a museum visit into a questionnaire.',
        contact,
      ],
    },
  },
]

import { daysAgo } from '../dates'
import { demoNote, richText } from '../richText'
import type { PostFixture } from './types'

/**
 * News and blog posts, in the order they are created: a post can only relate to posts above it.
 * The launch story uses the network’s published facts; the rest is fictional.
 */
export function posts(now: Date): PostFixture[] {
  return [
    {
      kind: 'news',
      title: 'The Oxford Social Prescribing Research Network launches',
      slug: 'the-oxford-social-prescribing-research-network-launches',
      excerpt:
        'A new interdisciplinary network at the University of Oxford brings together primary care research, evidence-based medicine and the University’s gardens, libraries and museums to study social prescribing.',
      publishedAt: daysAgo(now, 180),
      heroImage: 'city-spires',
      themes: ['policy-and-commissioning', 'arts-culture-and-heritage', 'link-workers-and-primary-care'],
      body: richText(
        {
          paragraph:
            'The Oxford Social Prescribing Research Network is a new interdisciplinary network of the University of Oxford. It brings together the Nuffield Department of Primary Care Health Sciences, which includes the Centre for Evidence-Based Medicine, the University’s Gardens, Libraries and Museums, and Kellogg College, and it works with members of the public, clinical providers, policymakers and other researchers.',
        },
        { heading: 'What the network sets out to do' },
        {
          list: [
            'Understand the different perspectives on social prescribing.',
            'Find out how patients’ health and wellbeing can benefit, and the mechanisms through which delivery can be improved.',
            'Build more robust, systematic evidence of how well social prescribing works and how it is best deployed.',
            'Understand how engaging with the collections of gardens, libraries and museums affects wellbeing and mental health.',
          ],
        },
        {
          paragraph:
            'That last question has become more pressing because of the long-term effects of the COVID-19 pandemic on many people’s health and social lives.',
        },
        { heading: 'Why now' },
        {
          paragraph: [
            'The NHS Long Term Plan made social prescribing part of its model of personalised care, and expected every GP practice in England to have access to a social prescribing link worker. As more people are referred, the need for good evidence grows. Read more about ',
            { link: 'what social prescribing is', href: '/what-is-social-prescribing' },
            ' and ',
            { link: 'the policy behind it', href: '/what-is-social-prescribing/policy-context' },
            '.',
          ],
        },
        { heading: 'Get in touch' },
        {
          paragraph: [
            'To find out more, contact network members ',
            { link: 'Kamal R. Mahtani', href: '/members/kamal-r-mahtani' },
            ' and ',
            { link: 'Lucy Shaw', href: '/members/lucy-shaw' },
            ', or write to the communications team through the ',
            { link: 'contact form', href: '/contact' },
            '.',
          ],
        },
        {
          paragraph: [
            'Readers’ comments are moderated: see our ',
            { link: 'comment guidelines', href: '/comment-guidelines' },
            '.',
          ],
        },
      ),
      // The launch story stays open for comments.
      comments: { open: true, closeAfterDays: 0 },
    },
    {
      kind: 'news',
      title: 'New funding for Collections for wellbeing',
      slug: 'new-funding-for-collections-for-wellbeing',
      excerpt:
        'A two-year grant will let researchers and museum staff study how collections-based activities affect the wellbeing of people referred through social prescribing.',
      publishedAt: daysAgo(now, 260),
      heroImage: 'gallery-arches',
      authors: ['eleanor-brightwell'],
      themes: ['arts-culture-and-heritage'],
      related: [{ relationTo: 'projects', slug: 'collections-for-wellbeing' }],
      body: richText(
        {
          paragraph:
            'We are delighted that the Example Arts and Wellbeing Trust will fund Collections for wellbeing, a realist evaluation of museum and library programmes for adults referred by link workers.',
        },
        demoNote('news item'),
      ),
    },
    {
      kind: 'blog',
      title: 'What a link worker taught me about evidence',
      slug: 'what-a-link-worker-taught-me-about-evidence',
      excerpt:
        'Research talks about outcomes; link workers talk about people. A reflection on what each can learn from the other.',
      publishedAt: daysAgo(now, 100),
      heroImage: 'conversation',
      authors: ['samuel-adeyemi'],
      themes: ['link-workers-and-primary-care', 'loneliness-and-isolation'],
      related: [{ relationTo: 'projects', slug: 'link-workers-and-loneliness-in-later-life' }],
      body: richText(
        {
          paragraph:
            'When I started as a link worker, “evidence” sounded like something that happened far away, in journals. Then a man I was supporting told me that the best thing about his walking group was not the walking, but the café afterwards.',
        },
        {
          paragraph:
            'That is a finding. It says something about what helps, and it is exactly the kind of detail a questionnaire can miss. Working with the network has shown me how practice knowledge like this can shape better studies.',
        },
        { quote: 'The best thing about the walking group was not the walking, but the café afterwards.' },
        demoNote('blog post'),
      ),
    },
    {
      kind: 'news',
      title: 'Interim findings from the loneliness study',
      slug: 'interim-findings-from-the-loneliness-study',
      excerpt:
        'The first year of our study of link workers and loneliness in later life points to the value of time, continuity and support for community groups.',
      publishedAt: daysAgo(now, 45),
      heroImage: 'soft-texture',
      authors: ['miriam-okafor-hale'],
      themes: ['loneliness-and-isolation'],
      related: [
        { relationTo: 'reports', slug: 'link-workers-and-loneliness-interim-report' },
        { relationTo: 'projects', slug: 'link-workers-and-loneliness-in-later-life' },
        { relationTo: 'posts', slug: 'what-a-link-worker-taught-me-about-evidence' },
      ],
      body: richText(
        {
          paragraph: [
            'Our interim report is out. ',
            { bold: 'Time and continuity' },
            ' with one link worker mattered more to participants than the number of activities on offer.',
          ],
        },
        demoNote('news item'),
      ),
    },
    {
      kind: 'blog',
      title: 'Objects that start conversations',
      slug: 'objects-that-start-conversations',
      excerpt:
        'Notes from our museum symposium: why holding an old object can make it easier to talk, and what that means for evaluation.',
      publishedAt: daysAgo(now, 25),
      heroImage: 'gallery-arches',
      authors: ['eleanor-brightwell'],
      themes: ['arts-culture-and-heritage'],
      related: [
        { relationTo: 'events', slug: 'symposium-social-prescribing-and-the-museum' },
        { relationTo: 'projects', slug: 'collections-for-wellbeing' },
      ],
      body: richText(
        {
          paragraph:
            'At our symposium, museum staff described how people who arrive quiet and wary often begin talking once they hold an object: a worn tool, a child’s toy, a piece of pottery. The object gives them something to talk about that is not themselves.',
        },
        {
          paragraph:
            'For evaluation, that raises a challenge. If the conversation is the point, a questionnaire at the end of the session can feel like an interruption. We discussed lighter-touch ways of learning what changed.',
        },
        demoNote('blog post'),
      ),
    },
    {
      kind: 'blog',
      title: 'Counting what counts: choosing outcome measures',
      slug: 'counting-what-counts-choosing-outcome-measures',
      excerpt:
        'Evaluations of social prescribing measure dozens of different outcomes. A public contributor and a methodologist on why agreeing a core set matters.',
      publishedAt: daysAgo(now, 10),
      heroImage: 'library-shelves',
      authors: ['tomasz-wierzbicki', 'margaret-lowther'],
      themes: ['evaluation-methods'],
      related: [
        { relationTo: 'projects', slug: 'measuring-what-matters-towards-a-core-outcome-set' },
        { relationTo: 'reports', slug: 'green-social-prescribing-a-rapid-evidence-review' },
        { relationTo: 'events', slug: 'webinar-measuring-wellbeing-in-arts-on-prescription' },
      ],
      body: richText(
        {
          paragraph:
            'In our review of green social prescribing, we found almost as many outcome measures as studies. That makes it very hard to combine results or compare schemes.',
        },
        {
          paragraph:
            'A core outcome set is a short list of outcomes that every study agrees to measure, alongside anything else it needs. The people who should decide what goes on the list include those who are referred, not only researchers.',
        },
        demoNote('blog post'),
      ),
    },
    {
      kind: 'news',
      title: 'Join our evidence café for link workers',
      slug: 'join-our-evidence-cafe-for-link-workers',
      excerpt:
        'Link workers, GPs and researchers are invited to an informal evening to set research questions together. Places are free but limited.',
      publishedAt: daysAgo(now, 5),
      heroImage: 'green-hills',
      themes: ['link-workers-and-primary-care'],
      related: [
        { relationTo: 'events', slug: 'evidence-cafe-what-do-link-workers-need-from-research' },
        { relationTo: 'posts', slug: 'what-a-link-worker-taught-me-about-evidence' },
      ],
      body: richText(
        {
          paragraph: [
            'Registration is open for our next ',
            { link: 'evidence café', href: '/events/evidence-cafe-what-do-link-workers-need-from-research' },
            '. Come and tell us which questions research should be answering.',
          ],
        },
        demoNote('news item'),
      ),
    },
  ]
}

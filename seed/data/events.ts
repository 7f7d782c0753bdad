import { addDays, lastJulyDay, londonTime, nextClockChange, ukDay } from '../dates'
import { demoNote, richText } from '../richText'
import type { EventFixture } from './types'

const kellogg = { name: 'Seminar Room 2, Kellogg College', address: 'Kellogg College\n62 Banbury Road\nOxford OX2 6PN' }

/** Upcoming and past events around the moment of seeding, in UK time. All fictional. */
export function events(now: Date): EventFixture[] {
  const on = (days: number) => ukDay(now, days)
  const clockChange = nextClockChange(now)
  const retreatStart = addDays(clockChange, -1)
  const summer = lastJulyDay(now)

  return [
    {
      title: 'Evidence café: what do link workers need from research?',
      slug: 'evidence-cafe-what-do-link-workers-need-from-research',
      summary:
        'An informal early-evening conversation between link workers, GPs and researchers about the questions practice most needs answering.',
      body: richText(
        {
          paragraph:
            'Bring your questions. Link workers see every day which referrals work and which do not, but that knowledge rarely reaches researchers. This evidence café is a chance to change that, over tea and cake.',
        },
        {
          list: [
            'Short opening talks from a link worker and a GP researcher.',
            'Small-group conversations, each with a note-taker.',
            'A shared list of research questions, published on this site afterwards.',
          ],
        },
        {
          paragraph:
            'The room is step-free and has a hearing loop. Tell us about any other access needs when you register.',
        },
        demoNote('event'),
      ),
      startsAt: londonTime(on(14), 17, 30),
      endsAt: londonTime(on(14), 19, 0),
      attendanceMode: 'in-person',
      eventStatus: 'scheduled',
      venue: kellogg,
      registrationUrl: 'https://example.org/events/evidence-cafe/register',
      organisers: [{ member: 'miriam-okafor-hale' }, { organisation: 'kellogg-college' }],
      speakers: [
        { member: 'samuel-adeyemi' },
        { member: 'miriam-okafor-hale' },
        { name: 'Dr Robin Sample', affiliation: 'Example Community Link Service (fictional)' },
      ],
      themes: ['link-workers-and-primary-care', 'loneliness-and-isolation'],
    },
    {
      title: 'Museum object handling taster session',
      slug: 'museum-object-handling-taster-session',
      summary:
        'A hands-on session for link workers to try the object handling activities offered to people referred to museum wellbeing programmes.',
      body: richText(
        {
          paragraph: [
            { bold: 'This session has been cancelled.' },
            ' We are sorry for any inconvenience. Everyone who registered has been contacted, and we hope to offer it again later in the year.',
          ],
        },
        demoNote('event'),
      ),
      startsAt: londonTime(on(25), 14, 0),
      endsAt: londonTime(on(25), 16, 0),
      attendanceMode: 'in-person',
      eventStatus: 'cancelled',
      venue: kellogg,
      organisers: [{ member: 'eleanor-brightwell' }, { organisation: 'gardens-libraries-and-museums' }],
      speakers: [{ member: 'eleanor-brightwell' }],
      themes: ['arts-culture-and-heritage'],
    },
    {
      title: 'Webinar: measuring wellbeing in arts on prescription',
      slug: 'webinar-measuring-wellbeing-in-arts-on-prescription',
      summary:
        'How can we tell whether arts on prescription helps, without burdening participants? A lunchtime webinar on choosing and using outcome measures.',
      body: richText(
        {
          paragraph:
            'Evaluations of arts and cultural activities often rely on questionnaires chosen in a hurry. This webinar compares commonly used wellbeing measures, discusses what participants think of them, and looks at alternatives such as creative and qualitative methods.',
        },
        { paragraph: 'Live captions will be available. The recording will be added to this page afterwards.' },
        demoNote('event'),
      ),
      startsAt: londonTime(on(40), 12, 30),
      endsAt: londonTime(on(40), 13, 30),
      attendanceMode: 'online',
      eventStatus: 'scheduled',
      onlineUrl: 'https://example.org/webinars/measuring-wellbeing',
      registrationUrl: 'https://example.org/webinars/measuring-wellbeing/register',
      organisers: [{ organisation: 'centre-for-evidence-based-medicine' }],
      speakers: [{ member: 'tomasz-wierzbicki' }, { member: 'eleanor-brightwell' }],
      themes: ['evaluation-methods', 'arts-culture-and-heritage'],
    },
    {
      title: 'Walking seminar: green space and health',
      slug: 'walking-seminar-green-space-and-health',
      summary:
        'A seminar on the move: a gentle walk with short stops to discuss the evidence on walking groups and nature-based social prescribing.',
      body: richText(
        {
          paragraph: [
            { bold: 'This seminar has been postponed.' },
            ' A new date will be announced here. Registrations will carry over automatically.',
          ],
        },
        {
          paragraph:
            'The route is about two miles on level paths, with benches along the way and a shorter option for anyone who prefers it.',
        },
        demoNote('event'),
      ),
      startsAt: londonTime(on(60), 10, 0),
      endsAt: londonTime(on(60), 12, 30),
      attendanceMode: 'in-person',
      eventStatus: 'postponed',
      venue: { name: 'University Parks, main gate', address: 'Parks Road\nOxford' },
      registrationUrl: 'https://example.org/events/walking-seminar/register',
      organisers: [{ organisation: 'example-green-spaces-charity' }],
      speakers: [
        { member: 'margaret-lowther' },
        { name: 'Alex Example', affiliation: 'Example Green Spaces Charity (fictional)' },
      ],
      themes: ['green-space-and-nature'],
    },
    {
      title: 'Weekend writing retreat: from evaluation to publication',
      slug: 'weekend-writing-retreat-from-evaluation-to-publication',
      summary:
        'Two days of protected writing time, with short talks and peer feedback, for anyone turning a social prescribing evaluation into a paper or report.',
      body: richText(
        {
          paragraph:
            'Join in person or online. Each day mixes quiet writing blocks with short talks on reporting guidelines, plain-language summaries and choosing where to publish.',
        },
        {
          paragraph: [
            { bold: 'Please note: ' },
            'the clocks change overnight between the two days of the retreat. All times on this page are UK time on the day.',
          ],
        },
        demoNote('event'),
      ),
      startsAt: londonTime(retreatStart, 10, 0),
      endsAt: londonTime(clockChange, 16, 0),
      attendanceMode: 'hybrid',
      eventStatus: 'scheduled',
      venue: kellogg,
      onlineUrl: 'https://example.org/events/writing-retreat/join',
      registrationUrl: 'https://example.org/events/writing-retreat/register',
      organisers: [{ member: 'tomasz-wierzbicki' }, { organisation: 'kellogg-college' }],
      speakers: [{ member: 'tomasz-wierzbicki' }, { member: 'priya-raman' }],
      themes: ['evaluation-methods'],
    },
    {
      title: 'Symposium: social prescribing and the museum',
      slug: 'symposium-social-prescribing-and-the-museum',
      summary:
        'An afternoon symposium bringing together museum staff, link workers and researchers to share what happens when people are referred to collections-based activities.',
      body: richText(
        {
          paragraph:
            'Thank you to everyone who came, in the room and online. The slides and the recording are below. A short write-up will follow on the blog.',
        },
        demoNote('event'),
      ),
      startsAt: londonTime(on(-30), 13, 30),
      endsAt: londonTime(on(-30), 17, 0),
      attendanceMode: 'hybrid',
      eventStatus: 'scheduled',
      venue: kellogg,
      onlineUrl: 'https://example.org/events/museum-symposium/join',
      organisers: [{ organisation: 'gardens-libraries-and-museums' }, { member: 'eleanor-brightwell' }],
      speakers: [
        { member: 'eleanor-brightwell' },
        { member: 'samuel-adeyemi' },
        { name: 'Jo Sample', affiliation: 'Example Arts and Wellbeing Trust (fictional)' },
      ],
      materials: [
        { kind: 'slides', label: 'Symposium slides (PDF)', document: 'symposium-slides' },
        {
          kind: 'recording',
          label: 'Recording of the afternoon',
          url: 'https://example.org/recordings/museum-symposium',
        },
      ],
      themes: ['arts-culture-and-heritage', 'link-workers-and-primary-care'],
    },
    {
      title: 'Workshop: co-designing research with public contributors',
      slug: 'workshop-co-designing-research-with-public-contributors',
      summary:
        'A practical workshop on involving people with lived experience of social prescribing in designing and running research.',
      body: richText(
        {
          paragraph:
            'Public contributors and researchers worked together on three real study plans, trying out ways of sharing decisions from the first idea onwards.',
        },
        demoNote('event'),
      ),
      startsAt: londonTime(on(-120), 10, 0),
      endsAt: londonTime(on(-120), 15, 0),
      attendanceMode: 'in-person',
      eventStatus: 'scheduled',
      venue: kellogg,
      organisers: [{ member: 'margaret-lowther' }],
      speakers: [{ member: 'margaret-lowther' }, { member: 'priya-raman' }],
      materials: [
        { kind: 'other', label: 'Workshop notes', url: 'https://example.org/events/co-design-workshop/notes' },
      ],
      themes: ['evaluation-methods'],
    },
    {
      title: 'Summer school: evaluating social prescribing',
      slug: 'summer-school-evaluating-social-prescribing',
      summary:
        'A one-day summer school on study designs, outcome measures and realist approaches for evaluating social prescribing schemes.',
      body: richText(
        {
          paragraph:
            'A full day of short lectures and group work for early-career researchers, commissioners and practitioners who evaluate social prescribing.',
        },
        demoNote('event'),
      ),
      startsAt: londonTime(summer, 9, 30),
      endsAt: londonTime(summer, 16, 30),
      attendanceMode: 'in-person',
      eventStatus: 'scheduled',
      venue: kellogg,
      organisers: [{ organisation: 'centre-for-evidence-based-medicine' }, { organisation: 'kellogg-college' }],
      speakers: [
        { member: 'tomasz-wierzbicki' },
        { member: 'miriam-okafor-hale' },
        { name: 'Dr Sam Placeholder', affiliation: 'Example Health Research Foundation (fictional)' },
      ],
      materials: [
        {
          kind: 'recording',
          label: 'Recording of the morning lectures',
          url: 'https://example.org/recordings/summer-school',
        },
      ],
      themes: ['evaluation-methods', 'policy-and-commissioning'],
    },
  ]
}

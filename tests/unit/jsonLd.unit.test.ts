import { describe, expect, it } from 'vitest'

import { reportToCsl, visibleAuthors } from '@/lib/citations/reportCitation'
import { populatedOne } from '@/lib/content/populated'
import { eventJsonLd } from '@/lib/seo/jsonLd/event'
import { memberProfileJsonLd, personJsonLd } from '@/lib/seo/jsonLd/person'
import { projectJsonLd } from '@/lib/seo/jsonLd/project'
import { reportJsonLd } from '@/lib/seo/jsonLd/report'
import type { Report } from '@/payload-types'

import {
  allDayConference,
  cancelledEvent,
  completedProject,
  hybridSeminar,
  journalArticle,
  memberWithoutPhoto,
  memberWithPhoto,
  movedOnlineEvent,
  network,
  ongoingProject,
  reportWithFile,
  SITE_URL,
} from '../fixtures/jsonLdDocuments'

/** What a search engine reads: the builders' output as it is serialised into the page. */
const serialised = (data: unknown) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>

describe('Person', () => {
  it('links a member to their profile by its absolute address', () => {
    expect(personJsonLd({ name: 'Miriam Okafor-Hale', memberSlug: 'miriam-okafor-hale' }, SITE_URL)).toEqual({
      '@type': 'Person',
      name: 'Miriam Okafor-Hale',
      url: `${SITE_URL}/members/miriam-okafor-hale`,
    })
  })

  it('names a guest with where they are from, and no address', () => {
    expect(personJsonLd({ name: 'Dr Ana Ruiz', affiliation: 'University of Bristol' }, SITE_URL)).toEqual({
      '@type': 'Person',
      name: 'Dr Ana Ruiz',
      affiliation: { '@type': 'Organization', name: 'University of Bristol' },
    })
  })

  it('describes a member with a photo: image, affiliations, ORCID once among the links, interests', () => {
    const person = serialised(memberProfileJsonLd(memberWithPhoto, network))
    expect(person).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Miriam Okafor-Hale',
      url: `${SITE_URL}/members/miriam-okafor-hale`,
      givenName: 'Miriam',
      familyName: 'Okafor-Hale',
      honorificSuffix: 'DPhil, MRCGP',
      jobTitle: 'Associate Professor',
      description: 'Studies link workers.',
      image: `${SITE_URL}/api/media/file/miriam.jpg`,
      // The unreadable affiliation (a bare id) is left out.
      affiliation: [
        {
          '@type': 'Organization',
          name: 'Nuffield Department of Primary Care Health Sciences',
          url: 'https://www.phc.ox.ac.uk',
        },
      ],
      memberOf: { '@type': 'Organization', name: network.name, url: SITE_URL },
      sameAs: ['https://orcid.org/0000-0002-1825-0097', 'https://www.phc.ox.ac.uk/team/miriam'],
      knowsAbout: ['loneliness', 'link workers'],
    })
  })

  it('describes a member with no photo without an image, and without empty lists', () => {
    const person = serialised(memberProfileJsonLd(memberWithoutPhoto, network))
    expect(person).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Tomasz Wierzbicki',
      url: `${SITE_URL}/members/tomasz-wierzbicki`,
      givenName: 'Tomasz',
      familyName: 'Wierzbicki',
      memberOf: { '@type': 'Organization', name: network.name, url: SITE_URL },
    })
  })

  it('never carries a contact address', () => {
    const withAddress = { ...memberWithPhoto, email: 'miriam@example.org' }
    expect(JSON.stringify(memberProfileJsonLd(withAddress, network))).not.toContain('@example.org')
  })
})

describe('ResearchProject', () => {
  const team = [{ member: memberWithPhoto }, { member: memberWithoutPhoto }]

  it('dates a completed project by its UK months, including one that starts at midnight UK time', () => {
    const project = serialised(projectJsonLd(completedProject, team, network))
    // 2025-02-28T00:00Z is still February in the UK (GMT); 2026-06-30T23:30Z is already 1 July (BST).
    expect(project.foundingDate).toBe('2025-02')
    expect(project.dissolutionDate).toBe('2026-07')
    expect(project).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ResearchProject',
      name: 'Link workers and loneliness in later life',
      url: `${SITE_URL}/projects/link-workers-and-loneliness`,
      image: `${SITE_URL}/api/media/file/circles.png`,
      keywords: ['Loneliness'],
      funder: [{ '@type': 'Organization', name: 'Example Health Research Foundation' }],
      parentOrganization: { '@type': 'Organization', name: network.name, url: SITE_URL },
    })
    expect(project.member).toEqual([
      { '@type': 'Person', name: 'Miriam Okafor-Hale', url: `${SITE_URL}/members/miriam-okafor-hale` },
      { '@type': 'Person', name: 'Tomasz Wierzbicki', url: `${SITE_URL}/members/tomasz-wierzbicki` },
      {
        '@type': 'Organization',
        name: 'Nuffield Department of Primary Care Health Sciences',
        url: 'https://www.phc.ox.ac.uk',
      },
    ])
  })

  it('gives an ongoing project no end date, and leaves out what it does not have', () => {
    const project = serialised(projectJsonLd(ongoingProject, [], network))
    expect(project.foundingDate).toBe('2026-01')
    expect(project).not.toHaveProperty('dissolutionDate')
    expect(project).not.toHaveProperty('image')
    expect(project).not.toHaveProperty('keywords')
    expect(project.member).toEqual([])
  })
})

describe('Event', () => {
  it('describes a hybrid seminar at a venue and online, with organisers and speakers', () => {
    const event = serialised(eventJsonLd(hybridSeminar, SITE_URL))
    expect(event).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Evidence café',
      description: 'What do link workers need from research?',
      url: `${SITE_URL}/events/evidence-cafe`,
      startDate: '2027-06-12T13:00:00.000Z',
      endDate: '2027-06-12T15:30:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        { '@type': 'Place', name: 'Radcliffe Observatory Quarter', address: 'Woodstock Road, Oxford OX2 6GG' },
        { '@type': 'VirtualLocation', url: 'https://meet.example.org/cafe' },
      ],
      // The unreadable member (a bare id) is left out.
      organizer: [
        { '@type': 'Person', name: 'Tomasz Wierzbicki', url: `${SITE_URL}/members/tomasz-wierzbicki` },
        {
          '@type': 'Organization',
          name: 'Nuffield Department of Primary Care Health Sciences',
          url: 'https://www.phc.ox.ac.uk',
        },
      ],
      performer: [
        { '@type': 'Person', name: 'Miriam Okafor-Hale', url: `${SITE_URL}/members/miriam-okafor-hale` },
        {
          '@type': 'Person',
          name: 'Dr Ana Ruiz',
          affiliation: { '@type': 'Organization', name: 'University of Bristol' },
        },
        { '@type': 'Person', name: 'A guest' },
      ],
    })
  })

  it('marks a cancelled event as cancelled and keeps its venue', () => {
    const event = serialised(eventJsonLd(cancelledEvent, SITE_URL))
    expect(event.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(event.location).toEqual([{ '@type': 'Place', name: 'University Parks' }])
    expect(event.organizer).toEqual([])
    expect(event.performer).toEqual([])
  })

  it('treats an event that moved online as online: no venue, and its own page as the online address', () => {
    const event = serialised(eventJsonLd(movedOnlineEvent, SITE_URL))
    expect(event.eventStatus).toBe('https://schema.org/EventMovedOnline')
    expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(event.location).toEqual([{ '@type': 'VirtualLocation', url: `${SITE_URL}/events/annual-symposium` }])
  })

  it('dates an all-day event by its UK calendar days, not the UTC ones', () => {
    const event = serialised(eventJsonLd(allDayConference, SITE_URL))
    expect(event.startDate).toBe('2027-07-01')
    expect(event.endDate).toBe('2027-07-02')
  })
})

describe('Report', () => {
  const build = (report: Report) => {
    const csl = reportToCsl(report, `${SITE_URL}/reports/${report.slug}`)
    return serialised(
      reportJsonLd({
        report,
        csl,
        authors: visibleAuthors(report.authors),
        file: populatedOne(report.file),
        siteUrl: SITE_URL,
      }),
    )
  }

  it('describes a report with its authors, DOI, UK publication date and PDF', () => {
    expect(build(reportWithFile)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: reportWithFile.title,
      headline: reportWithFile.title,
      abstract: 'Interim findings.',
      url: `${SITE_URL}/reports/link-workers-interim-report`,
      // Published at 2026-03-31T23:00Z, which is 1 April in the UK (BST).
      datePublished: '2026-04-01',
      author: [
        { '@type': 'Person', name: 'Miriam Okafor-Hale', url: `${SITE_URL}/members/miriam-okafor-hale` },
        { '@type': 'Person', name: 'Ana Ruiz' },
      ],
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1234/osprn.2026.1' },
      sameAs: 'https://doi.org/10.1234/osprn.2026.1',
      encoding: {
        '@type': 'MediaObject',
        contentUrl: `${SITE_URL}/api/documents/file/interim.pdf`,
        encodingFormat: 'application/pdf',
        contentSize: '1.2 MB',
      },
      publisher: { '@type': 'Organization', name: 'Oxford Social Prescribing Research Network' },
    })
  })

  it('describes a journal article as a ScholarlyArticle in its journal, without an over-long headline', () => {
    const article = build(journalArticle)
    expect(article['@type']).toBe('ScholarlyArticle')
    expect(article.isPartOf).toEqual({ '@type': 'Periodical', name: 'BMJ Open' })
    expect(article).not.toHaveProperty('publisher')
    expect(article).not.toHaveProperty('headline')
    expect(article).not.toHaveProperty('encoding')
    expect(article.name).toBe(journalArticle.title)
    expect(article.datePublished).toBe('2025-11-10')
    // Named as the page names them; the citation, not the structured data, reorders "Family, Given".
    expect(article.author).toEqual([{ '@type': 'Person', name: 'Ruiz, Ana' }])
  })
})

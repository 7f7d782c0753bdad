import { optionLabel, postKinds, projectStatuses, reportTypeLabel } from '@/lib/content/options'
import { formatDate, formatEventTime } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { Event, Post, Project, Report } from '@/payload-types'

import { ProjectDates } from './ProjectDates'
import type { RelatedItem } from './RelatedList'

/** "Report, <time>3 March 2026</time>": what an item is and when it appeared. */
function KindAndDate({ kind, date }: { kind: string; date: string }) {
  return (
    <>
      {kind}, <time dateTime={date}>{formatDate(date)}</time>
    </>
  )
}

export function relatedReport(
  report: Pick<Report, 'id' | 'title' | 'slug' | 'reportType' | 'publishedOn'>,
): RelatedItem {
  return {
    id: report.id,
    title: report.title,
    href: publicPath('reports', report),
    meta: <KindAndDate kind={reportTypeLabel(report.reportType)} date={report.publishedOn} />,
  }
}

export function relatedPost(post: Pick<Post, 'id' | 'title' | 'slug' | 'kind' | 'publishedAt'>): RelatedItem {
  return {
    id: post.id,
    title: post.title,
    href: publicPath('posts', post),
    meta: <KindAndDate kind={optionLabel(postKinds, post.kind, 'News')} date={post.publishedAt} />,
  }
}

export function relatedEvent(
  event: Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'allDay'>,
): RelatedItem {
  return {
    id: event.id,
    title: event.title,
    href: publicPath('events', event),
    meta: <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.allDay ?? false)}</time>,
  }
}

/** A project someone works on: their part in it, its status and its dates. */
export function relatedProject(
  project: Pick<Project, 'id' | 'title' | 'slug' | 'projectStatus' | 'startDate' | 'endDate'>,
  part: string,
): RelatedItem {
  const dates = project.startDate || project.endDate
  return {
    id: project.id,
    title: project.title,
    href: publicPath('projects', project),
    meta: (
      <>
        {part}, {optionLabel(projectStatuses, project.projectStatus)}
        {dates && ', '}
        <ProjectDates start={project.startDate} end={project.endDate} />
      </>
    ),
  }
}

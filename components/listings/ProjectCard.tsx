import Link from 'next/link'

import { Media } from '@/components/cms/Media'
import { optionLabel, projectStatuses } from '@/lib/content/options'
import { formatMonth } from '@/lib/format/dates'
import { publicPath } from '@/lib/paths'
import type { ProjectCard as ProjectCardData } from '@/lib/queries/projects'
import card from './Card.module.css'
import styles from './ProjectCard.module.css'

/** A project in the listing: status, dates and summary, its image shown first. */
export function ProjectCard({ project }: { project: ProjectCardData }) {
  const path = publicPath('projects', project)
  return (
    <li className={`${card.card} ${styles.project}`}>
      <h2 className={card.title}>{path ? <Link href={path}>{project.title}</Link> : project.title}</h2>
      <p className={styles.status}>Status: {optionLabel(projectStatuses, project.projectStatus)}</p>
      <ProjectDates start={project.startDate} end={project.endDate} />
      <p className={card.summary}>{project.summary}</p>
      <Media
        media={project.heroImage}
        size="card"
        sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
        className={styles.image}
      />
    </li>
  )
}

function ProjectDates({ start, end }: { start?: string | null; end?: string | null }) {
  const from = start ? <time dateTime={start}>{formatMonth(start)}</time> : null
  const to = end ? <time dateTime={end}>{formatMonth(end)}</time> : null
  if (!from && !to) return null
  return (
    <p className={card.meta}>
      {from && to ? (
        <>
          {from} to {to}
        </>
      ) : from ? (
        <>From {from}</>
      ) : (
        <>Until {to}</>
      )}
    </p>
  )
}

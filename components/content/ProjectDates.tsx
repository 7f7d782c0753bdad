import { formatMonth } from '@/lib/format/dates'

/** "March 2025 to June 2026", "From March 2025" or "Until June 2026": a project's span, to the month. */
export function ProjectDates({ start, end }: { start?: string | null; end?: string | null }) {
  const from = start ? <time dateTime={start}>{formatMonth(start)}</time> : null
  const to = end ? <time dateTime={end}>{formatMonth(end)}</time> : null
  if (from && to) {
    return (
      <>
        {from} to {to}
      </>
    )
  }
  if (from) return <>From {from}</>
  if (to) return <>Until {to}</>
  return null
}

/**
 * The options of the content model's select fields and the words the site uses for them, defined
 * once. Collection configs take their `options` from here, and pages, blocks, feeds and calendars
 * take their labels from here, so a new option or a change of wording is one edit.
 *
 * A leaf module: it imports nothing, so the admin, the public site and unit tests can all use it.
 */

interface Option<Value extends string> {
  readonly value: Value
  /** The word shown to editors and visitors. */
  readonly label: string
}

/** The `{ label, value }` pairs a Payload select field takes. */
export function selectOptions<Value extends string>(options: readonly Option<Value>[]) {
  return options.map(({ label, value }) => ({ label, value }))
}

/** The values of an option list, typed for `z.enum` and SQL enums. */
export function optionValues<Value extends string>(options: readonly Option<Value>[]): [Value, ...Value[]] {
  return options.map((option) => option.value) as [Value, ...Value[]]
}

/** The label of a value; a value no longer in the list reads as `fallback`. */
export function optionLabel<Value extends string>(
  options: readonly Option<Value>[],
  value: Value | null | undefined,
  fallback = '',
): string {
  return options.find((option) => option.value === value)?.label ?? fallback
}

export const reportTypes = [
  { value: 'report', label: 'Report' },
  { value: 'journal-article', label: 'Journal article' },
  { value: 'protocol', label: 'Protocol' },
  { value: 'briefing', label: 'Briefing' },
  { value: 'evidence-review', label: 'Evidence review' },
  { value: 'book-chapter', label: 'Book chapter' },
  { value: 'other', label: 'Other' },
] as const
export type ReportType = (typeof reportTypes)[number]['value']

/** What the site calls a report whose type is "other" where a type is shown beside a title. */
export function reportTypeLabel(type: ReportType | null | undefined): string {
  return type === 'other' || !type ? 'Publication' : optionLabel(reportTypes, type, 'Publication')
}

export const networkRoles = [
  { value: 'lead', label: 'Network lead' },
  { value: 'steering-group', label: 'Steering group' },
  { value: 'member', label: 'Member' },
  { value: 'public-contributor', label: 'Public contributor' },
] as const
export type NetworkRole = (typeof networkRoles)[number]['value']

export const projectStatuses = [
  { value: 'planned', label: 'Planned' },
  { value: 'ongoing', label: 'Ongoing' },
  { value: 'completed', label: 'Completed' },
] as const
export type ProjectStatus = (typeof projectStatuses)[number]['value']

export const attendanceModes = [
  { value: 'in-person', label: 'In person' },
  { value: 'online', label: 'Online' },
  { value: 'hybrid', label: 'Hybrid' },
] as const
export type AttendanceMode = (typeof attendanceModes)[number]['value']

/** The longer wording an event page uses, where there is room to explain. */
export const attendanceModeDescriptions: Record<AttendanceMode, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid: in person and online',
}

export const eventStatuses = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'postponed', label: 'Postponed' },
  { value: 'moved-online', label: 'Moved online' },
] as const
export type EventStatus = (typeof eventStatuses)[number]['value']

/** The badge a listing shows beside an event; a scheduled event needs none. */
export function eventStatusBadge(status: EventStatus): string | null {
  return status === 'scheduled' ? null : optionLabel(eventStatuses, status)
}

/** What an event page says at the top when the event is not going ahead as planned. */
export const eventStatusNotices: Record<EventStatus, string | null> = {
  scheduled: null,
  cancelled: 'This event has been cancelled.',
  postponed: 'This event has been postponed. A new date will be announced.',
  'moved-online': 'This event has moved online.',
}

export const eventMaterialKinds = [
  { value: 'slides', label: 'Slides' },
  { value: 'recording', label: 'Recording' },
  { value: 'report', label: 'Report' },
  { value: 'other', label: 'Other' },
] as const

export const postKinds = [
  { value: 'news', label: 'News' },
  { value: 'blog', label: 'Blog' },
] as const
export type PostKind = (typeof postKinds)[number]['value']

export const organisationKinds = [
  { value: 'university', label: 'University or department' },
  { value: 'health', label: 'NHS or health provider' },
  { value: 'charity', label: 'Charity or community organisation' },
  { value: 'culture', label: 'Museum, library or garden' },
  { value: 'government', label: 'Government or public body' },
  { value: 'funder', label: 'Funder' },
  { value: 'other', label: 'Other' },
] as const

/** What the text extraction found in an uploaded PDF (see lib/search/pdfText.ts). */
export const textLayerStates = [
  { value: 'pending', label: 'Being checked' },
  { value: 'found', label: 'Has a text layer: its words are found by the site search' },
  { value: 'none', label: 'No text layer (a scanned image?): not searchable, and not accessible to screen readers' },
  { value: 'failed', label: 'Could not be read: damaged or password-protected' },
  { value: 'too-large', label: 'Too large to read for the search' },
] as const

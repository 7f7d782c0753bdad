import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { docAccessOperation, docAccessOperationGlobal, type PayloadRequest, type ServerFunction } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

/** What a scheduled publish job acts on: one document of a collection, or a global. */
type Target = { doc: { relationTo: string; value: string }; global?: undefined } | { doc?: undefined; global: string }

export const SCHEDULE_REFUSED = 'You cannot schedule or cancel publishing of this document.'
const refused = { error: SCHEDULE_REFUSED }

/**
 * Payload's `schedule-publish` server function (@payloadcms/ui, utilities/schedulePublishHandler.ts,
 * `schedulePublishHandler`) checks only that the caller may use the admin panel, and its `deleteID`
 * branch deletes any scheduled-publish job with access control off: a contributor could cancel an
 * editor's scheduled publish or an embargo's unpublish by guessing the job's sequential id. This guard
 * runs first and requires the right to publish the document (or global) the job is for; a `deleteID`
 * must name a scheduled-publish job, of the same document when one is given. Refusals are answered as
 * the handler answers failures (`{ error }`), not thrown. Remove once Payload checks this itself.
 *
 * A cancellation (`deleteID` without a date, as the admin's schedule drawer sends it) only deletes:
 * Payload would also queue an empty job.
 */
export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, deleteID, doc, global, date, type } = args
  if (!req.user) return refused
  let target = targetOf({ doc, global })
  if (deleteID !== undefined) {
    const job = await scheduledJob(req, deleteID)
    const jobTarget = job ? targetOf(job) : undefined
    if (!jobTarget) return refused
    if (target && !sameTarget(target, jobTarget)) return refused
    target = jobTarget
  }
  if (!target || !(await mayPublish(req, target))) return refused

  if (date === undefined && deleteID !== undefined) {
    await req.payload.delete({ collection: 'payload-jobs', id: Number(deleteID), overrideAccess: true, req })
    return { message: req.i18n.t('general:success') }
  }
  if ((type !== 'publish' && type !== 'unpublish') || !(date instanceof Date) || Number.isNaN(date.getTime())) {
    return { error: 'Choose whether to publish or unpublish, and a date.' }
  }
  return schedulePublishHandler({ ...args, doc: target.doc as never, global: target.global as never })
}

function targetOf(input: { doc?: unknown; global?: unknown }): Target | undefined {
  const { doc, global } = input
  if (typeof global === 'string' && doc === undefined) return { global }
  if (typeof doc !== 'object' || doc === null || global !== undefined) return undefined
  const { relationTo, value } = doc as { relationTo?: unknown; value?: unknown }
  if (typeof relationTo !== 'string' || !/^\d{1,15}$/.test(String(value))) return undefined
  return { doc: { relationTo, value: String(value) } }
}

const sameTarget = (a: Target, b: Target) =>
  a.global !== undefined
    ? a.global === b.global
    : b.doc !== undefined && a.doc.relationTo === b.doc.relationTo && a.doc.value === b.doc.value

/** The scheduled-publish job `id` names, with its input, or `undefined` (also for ids that are not ids). */
async function scheduledJob(req: PayloadRequest, id: unknown) {
  if (!/^\d{1,15}$/.test(String(id))) return undefined
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: Number(id) } }, { taskSlug: { equals: 'schedulePublish' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const input = docs[0]?.input
  return typeof input === 'object' && input !== null && !Array.isArray(input)
    ? (input as { doc?: unknown; global?: unknown })
    : undefined
}

/** The publish permission Payload's admin uses for the Publish button (`update` with `_status: 'published'`). */
async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  const data = { _status: 'published' }
  try {
    if (target.global !== undefined) {
      const globalConfig = req.payload.config.globals.find(({ slug }) => slug === target.global)
      if (!globalConfig || !hasScheduledPublishEnabled(globalConfig)) return false
      return Boolean((await docAccessOperationGlobal({ data, globalConfig, req })).update)
    }
    const collection = req.payload.collections[target.doc.relationTo as keyof typeof req.payload.collections]
    if (!collection || !hasScheduledPublishEnabled(collection.config)) return false
    return Boolean((await docAccessOperation({ id: target.doc.value, collection, data, req })).update)
  } catch (error) {
    // Access functions answer Forbidden by throwing; anything else is worth a log line.
    if ((error as { status?: number }).status !== 403) req.payload.logger.error({ err: error }, 'schedule-publish')
    return false
  }
}

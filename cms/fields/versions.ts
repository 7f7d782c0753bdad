import type { CollectionConfig } from 'payload'

/** Drafts with autosave, scheduled publish/unpublish (jobs queue) and a bounded history. */
export const contentVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
  },
  maxPerDoc: 50,
}

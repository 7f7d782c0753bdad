import { guardedSchedulePublish } from './guardedSchedulePublish'

/** Server functions registered in app/(payload)/layout.tsx; Payload runs these instead of its own of the same name. */
export const serverFunctions = {
  'schedule-publish': guardedSchedulePublish,
}

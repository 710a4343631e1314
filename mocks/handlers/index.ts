import { adminHandlers } from './admin'
import { boardHandlers } from './boards'
import { fallbackHandlers } from './fallback'
import { guardHandlers } from './guard'
import { inspectionHandlers } from './inspections'
import { meetingPackHandlers } from './meeting-pack'
import { meetingHandlers } from './meetings'
import { milestoneHandlers } from './milestones'
import { peopleHandlers } from './people'
import { planImportHandlers } from './plan-imports'
import { planHandlers } from './plans'
import { reportHandlers } from './reports'

/** Every handler of the mocked API; the guard comes first, the fallback (404 and 405) last. */
export const handlers = [
  ...guardHandlers,
  ...peopleHandlers,
  ...inspectionHandlers,
  ...boardHandlers,
  ...meetingPackHandlers,
  ...meetingHandlers,
  ...planHandlers,
  ...milestoneHandlers,
  ...reportHandlers,
  ...adminHandlers,
  ...planImportHandlers,
  ...fallbackHandlers,
]

import { adminHandlers } from './admin'
import { auditHandlers } from './audit'
import { boardHandlers } from './boards'
import { councilHandlers } from './council'
import { dateChangeHandlers } from './date-changes'
import { fallbackHandlers } from './fallback'
import { guardHandlers } from './guard'
import { inspectionHandlers } from './inspections'
import { meetingPackHandlers } from './meeting-pack'
import { measureHandlers } from './measures'
import { actionHandlers } from './actions'
import { meetingHandlers } from './meetings'
import { milestoneOutcomeHandlers } from './milestone-outcomes'
import { milestoneHandlers } from './milestones'
import { minutesHandlers } from './minutes'
import { peopleHandlers } from './people'
import { personChangeHandlers } from './person-changes'
import { planImportHandlers } from './plan-imports'
import { planHandlers } from './plans'
import { reportHandlers } from './reports'

/** Every handler of the mocked API; the guard comes first, the fallback (404 and 405) last. */
export const handlers = [
  ...guardHandlers,
  ...councilHandlers,
  ...peopleHandlers,
  ...personChangeHandlers,
  ...inspectionHandlers,
  ...boardHandlers,
  ...meetingPackHandlers,
  ...meetingHandlers,
  ...actionHandlers,
  ...planHandlers,
  ...milestoneHandlers,
  ...dateChangeHandlers,
  ...milestoneOutcomeHandlers,
  ...reportHandlers,
  ...minutesHandlers,
  ...measureHandlers,
  ...adminHandlers,
  ...auditHandlers,
  ...planImportHandlers,
  ...fallbackHandlers,
]

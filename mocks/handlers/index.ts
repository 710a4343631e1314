import { adminHandlers } from './admin'
import { boardHandlers } from './boards'
import { fallbackHandlers } from './fallback'
import { meetingHandlers } from './meetings'
import { peopleHandlers } from './people'
import { reportHandlers } from './reports'

/** Every handler of the mocked API; the fallback answers 404 and 405 and must come last. */
export const handlers = [
  ...peopleHandlers,
  ...boardHandlers,
  ...meetingHandlers,
  ...reportHandlers,
  ...adminHandlers,
  ...fallbackHandlers,
]

import { WarningText } from '@/components/warning-text'
import type { SchedulingWarning } from '@/domain/scheduling'

/**
 * What about a meeting's date deserves a second look (a weekend, a bank holiday, another meeting
 * of the board that day), as GOV.UK warning text: a warning, never a refusal. `live` announces
 * warnings as they appear, for a form where they follow what is typed.
 */
export function SchedulingWarnings({ warnings, live = false, after }: { warnings: readonly SchedulingWarning[]; live?: boolean; after?: string }) {
  const list = warnings.map((warning) => (
    <WarningText key={warning.kind}>
      {warning.message}
      {after ? ` ${after}` : ''}
    </WarningText>
  ))
  return live ? (
    <div aria-live="polite" className="app-scheduling-warnings">
      {list}
    </div>
  ) : (
    <>{list}</>
  )
}

import { modeWords, type AppMode } from '@/contract/modes'

/**
 * The line under the menu on every page saying where the data is: in this browser, or on the
 * shared server (and whether that server takes changes). In words, not colour. The shared server
 * rewrites the build's pre-rendered copy by `data-mode` and the sentence (server/index-page.ts).
 */
export function ModeBanner({ mode }: { mode: AppMode }) {
  return (
    <div className="app-mode app-no-print" data-mode={mode}>
      <div className="govuk-width-container">
        <p className="app-mode__text">{modeWords[mode].line}</p>
      </div>
    </div>
  )
}

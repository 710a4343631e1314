import type { MouseEvent, ReactNode } from 'react'

interface ConflictNoticeProps {
  /** "Not saved: someone else changed this meeting". */
  title: string
  /** What changed, in a sentence or two. */
  children: ReactNode
  saveLabel: string
  discardLabel: string
  /** Saves what the person entered on top of the record as it now is. */
  onSave: (event: MouseEvent<HTMLButtonElement>) => void
  onDiscard: () => void
  saving: boolean
}

/**
 * A save refused because the record changed since the person began (a 412): says so, keeps what
 * they typed on the page, and lets them save it on top or take the record as it now is.
 */
export function ConflictNotice({ title, children, saveLabel, discardLabel, onSave, onDiscard, saving }: ConflictNoticeProps) {
  return (
    <div className="govuk-notification-banner app-conflict" role="alert" aria-labelledby="conflict-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="conflict-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {children}
        <p className="govuk-body">What you entered is still here, unsaved. Check it still makes sense, then save it on top, or discard it.</p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={onSave} disabled={saving}>
            {saveLabel}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onDiscard}>
            {discardLabel}
          </button>
        </div>
      </div>
    </div>
  )
}

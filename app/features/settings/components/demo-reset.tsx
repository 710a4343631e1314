import { useState } from 'react'
import { NotificationBanner } from '@/components/notification-banner'
import { appMode } from '@/lib/app-mode'
import { failureMessage } from '@/lib/form-errors'
import { useResetData } from '../api/reset-data'
import { WarningText } from '@/components/warning-text'

interface DemoResetProps {
  /** Only chairs may replace the data. */
  canReset: boolean
}

/** Put the demo data back: for trying the app out, and for training. */
export function DemoReset({ canReset }: DemoResetProps) {
  const resetData = useResetData()
  const [confirming, setConfirming] = useState(false)

  return (
    <>
      {resetData.isSuccess ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">The demo data has been loaded again.</p>
        </NotificationBanner>
      ) : null}
      {canReset ? (
        <>
          <h2 className="govuk-heading-m">Demo data</h2>
          {confirming ? (
            <WarningText>
                This replaces everything {appMode() === 'local' ? 'in this browser' : 'on the shared server, for everyone,'} with the demo data of Northshire County Council. Download a backup first if
                you want to keep what is here.
            </WarningText>
          ) : (
            <p className="govuk-body">Put the demo data of Northshire County Council back, as it was on first use.</p>
          )}
          <div className="govuk-button-group">
            {confirming ? (
              <>
                <button
                  type="button"
                  className="govuk-button govuk-button--warning"
                  disabled={resetData.isPending}
                  onClick={() => resetData.mutate(undefined, { onSettled: () => setConfirming(false) })}
                >
                  Yes, replace everything with the demo data
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
                Reset to demo data
              </button>
            )}
          </div>
          {resetData.isError ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> Nothing was changed. {failureMessage(resetData.error)}
            </p>
          ) : null}
        </>
      ) : null}
    </>
  )
}

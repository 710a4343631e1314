import { differenceInCalendarDays, parseISO } from 'date-fns'
import { useState, type FormEvent } from 'react'
import { MAX_BACKUP_BYTES } from '@/contract/backup'
import type { FieldError } from '@/contract/problem'
import { ErrorSummary } from '@/components/error-summary'
import { NotificationBanner } from '@/components/notification-banner'
import { formatInstant } from '@/lib/dates'
import { apiFieldErrors, failureMessage } from '@/lib/form-errors'
import { BACKUP_REMINDER_DAYS, useBackupStore } from '@/stores/backup-store'
import { useExportData } from '../api/export-data'
import { useImportData } from '../api/import-data'
import { WarningText } from '@/components/warning-text'

const tableNames: Record<string, string> = {
  people: 'people',
  inspections: 'inspections',
  boards: 'boards',
  meetings: 'meetings',
  plans: 'plans',
  milestones: 'milestones',
  milestoneUpdates: 'milestone updates',
  reports: 'reports',
}

/** Download a backup, see when the last was taken, and restore one (chairs only). */
export function BackupControls({ canRestore }: { canRestore: boolean }) {
  const exportData = useExportData()
  const importData = useImportData()
  const lastBackupAt = useBackupStore((state) => state.lastBackupAt)
  const [file, setFile] = useState<File | null>(null)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [confirming, setConfirming] = useState(false)
  const age = lastBackupAt ? differenceInCalendarDays(new Date(), parseISO(lastBackupAt)) : null
  const overdue = age === null || age > BACKUP_REMINDER_DAYS

  const check = (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setErrors([{ path: 'backup-file', message: 'Select a backup file' }])
    if (file.size > MAX_BACKUP_BYTES) return setErrors([{ path: 'backup-file', message: 'The file must be smaller than 50 MB' }])
    if (file.size === 0) return setErrors([{ path: 'backup-file', message: 'The selected file is empty' }])
    setErrors([])
    setConfirming(true)
  }

  const restore = async () => {
    if (!file) return
    setConfirming(false)
    const text = await file.text()
    importData.mutate(text, {
      onError: (error) => {
        const fieldErrors = apiFieldErrors(error)
        const detail = fieldErrors.slice(0, 5).map((fieldError) => (fieldError.path ? `${fieldError.message} (at ${fieldError.path})` : fieldError.message))
        const reason = fieldErrors.length > 0 ? `${(error as Error).message} ${detail.join('. ')}` : failureMessage(error)
        setErrors([{ path: 'backup-file', message: `The backup was not restored and nothing was changed. ${reason}` }])
      },
    })
  }

  return (
    <>
      <h2 className="govuk-heading-m">Back up your data</h2>
      <p className="govuk-body">
        Everything is stored in this browser on this device and nowhere else. Download a backup regularly and keep it somewhere
        safe: clearing the browser’s data deletes everything.
      </p>
      {overdue ? (
        <WarningText>
            {lastBackupAt
              ? `Your last backup was ${age} days ago, on ${formatInstant(lastBackupAt)}. Download a new one.`
              : 'You have not downloaded a backup from this browser yet.'}
        </WarningText>
      ) : (
        <p className="govuk-body">Last backup: {formatInstant(lastBackupAt!)}.</p>
      )}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => exportData.mutate()} disabled={exportData.isPending}>
        Download a backup
      </button>
      {exportData.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The backup was not made. {failureMessage(exportData.error)}
        </p>
      ) : null}

      {canRestore ? (
        <>
          <h2 className="govuk-heading-m">Restore from a backup</h2>
          {importData.isSuccess ? (
            <NotificationBanner kind="success">
              <p className="govuk-notification-banner__heading">The backup has been restored.</p>
              <p className="govuk-body">
                {Object.entries(importData.data.imported)
                  .map(([table, count]) => `${count} ${tableNames[table] ?? table}`)
                  .join(', ')}
                .
              </p>
            </NotificationBanner>
          ) : null}
          <p className="govuk-body">
            Restoring replaces everything in this browser with what is in the backup. The file is checked whole first: if anything
            in it is wrong, nothing is changed.
          </p>
          <form onSubmit={check} noValidate>
            <ErrorSummary errors={errors} fieldId={() => 'backup-file'} />
            <div className={`govuk-form-group${errors.length ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor="backup-file">
                Backup file
              </label>
              <div className="govuk-hint" id="backup-file-hint">
                A .json file downloaded from Improvement Tracker.
              </div>
              {errors[0] ? (
                <p className="govuk-error-message" id="backup-file-error">
                  <span className="govuk-visually-hidden">Error:</span> {errors[0].message}
                </p>
              ) : null}
              <input
                className={`govuk-file-upload${errors.length ? ' govuk-file-upload--error' : ''}`}
                id="backup-file"
                name="backup-file"
                type="file"
                accept=".json,application/json"
                aria-describedby={`backup-file-hint${errors.length ? ' backup-file-error' : ''}`}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null)
                  setConfirming(false)
                }}
              />
            </div>
            {confirming ? (
              <WarningText>
                  This replaces everything in this browser with {file?.name}. Download a backup of what is here first if you may
                  want it back.
              </WarningText>
            ) : null}
            <div className="govuk-button-group">
              {confirming ? (
                <>
                  <button type="button" className="govuk-button govuk-button--warning" onClick={() => void restore()} disabled={importData.isPending}>
                    Yes, restore this backup
                  </button>
                  <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </>
              ) : (
                <button type="submit" className="govuk-button govuk-button--secondary" disabled={importData.isPending}>
                  {importData.isPending ? 'Checking and restoring…' : 'Restore from this backup'}
                </button>
              )}
            </div>
          </form>
        </>
      ) : null}
    </>
  )
}

import { differenceInCalendarDays, parseISO } from 'date-fns'
import { useState, type FormEvent } from 'react'
import { MAX_BACKUP_BYTES } from '@/contract/backup'
import { apiPaths } from '@/contract/paths'
import type { FieldError } from '@/contract/problem'
import { ErrorSummary } from '@/components/error-summary'
import { NotificationBanner } from '@/components/notification-banner'
import { useApiProgress } from '@/lib/api-progress'
import { appMode } from '@/lib/app-mode'
import { formatInstant } from '@/lib/dates'
import { apiFieldErrors, failureMessage } from '@/lib/form-errors'
import { BACKUP_REMINDER_DAYS, useBackupStore } from '@/stores/backup-store'
import { useExportData } from '../api/export-data'
import { useImportData } from '../api/import-data'
import { summariseBackup, type BackupSummary } from '../backup-summary'
import { WarningText } from '@/components/warning-text'

/** Each table's records in words: [one, many]. */
const tableNames: Record<string, [string, string]> = {
  people: ['person', 'people'],
  inspections: ['inspection', 'inspections'],
  boards: ['board', 'boards'],
  meetings: ['meeting', 'meetings'],
  plans: ['plan', 'plans'],
  milestones: ['milestone', 'milestones'],
  milestoneUpdates: ['milestone update', 'milestone updates'],
  reports: ['report', 'reports'],
}
const plural = new Intl.PluralRules('en-GB')

/** What the page says while a backup is read, sent, checked and written: the restore of a large file takes seconds. */
function restoreStatus(preparing: 'summarising' | null, pending: boolean, phase: string | undefined): string {
  if (preparing === 'summarising') return 'Reading the backup file…'
  if (!pending) return ''
  if (phase === 'writing') return 'Restoring: writing the data…'
  return phase === 'checking' ? 'Restoring: checking the backup…' : 'Restoring: reading the backup file…'
}

/** "1 plan", "41 milestones". */
function countOf(table: string, count: number): string {
  const [one, many] = tableNames[table] ?? [table, table]
  return `${count} ${plural.select(count) === 'one' ? one : many}`
}

/** "3 boards, 41 milestones and 12 people": what a dataset holds, in words (tables the app does not know are left out). */
function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([table]) => table in tableNames)
    .map(([table, count]) => countOf(table, count))
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing')
}

interface BackupControlsProps {
  /** Only an administrator may replace the data. */
  canRestore: boolean
  /** What this browser holds now, by table: named in the confirmation, so nobody replaces it unawares. */
  current: Record<string, number>
}

/** Download a backup, see when the last was taken, and restore one (administrators only). */
export function BackupControls({ canRestore, current }: BackupControlsProps) {
  const exportData = useExportData()
  const importData = useImportData()
  const lastBackupAt = useBackupStore((state) => state.lastBackupAt)
  const [file, setFile] = useState<File | null>(null)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [confirming, setConfirming] = useState(false)
  const [summary, setSummary] = useState<BackupSummary | null>(null)
  // Summarising the file comes before the restore; during it the local API says how far it has got.
  const [preparing, setPreparing] = useState<'summarising' | null>(null)
  const progress = useApiProgress(apiPaths.importData, importData.isPending)
  const busy = preparing !== null || importData.isPending
  const status = restoreStatus(preparing, importData.isPending, progress?.phase)
  const age = lastBackupAt ? differenceInCalendarDays(new Date(), parseISO(lastBackupAt)) : null
  const overdue = age === null || age > BACKUP_REMINDER_DAYS
  const local = appMode() === 'local'
  const here = local ? 'in this browser' : 'on the shared server'

  const check = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setErrors([{ path: 'backup-file', message: 'Select a backup file' }])
    if (file.size > MAX_BACKUP_BYTES) return setErrors([{ path: 'backup-file', message: 'The file must be smaller than 50 MB' }])
    if (file.size === 0) return setErrors([{ path: 'backup-file', message: 'The selected file is empty' }])
    setErrors([])
    setPreparing('summarising')
    setSummary(await summariseBackup(file).finally(() => setPreparing(null)))
    setConfirming(true)
  }

  const restore = () => {
    if (!file) return
    setConfirming(false)
    // The file itself goes as the body: the API reads it (off this thread, in the local API's worker).
    importData.mutate(file, {
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
        {local
          ? 'Everything is stored in this browser on this device and nowhere else. Download a backup regularly and keep it somewhere safe: clearing the browser’s data deletes everything.'
          : 'Everything is stored on the shared server. A backup is a copy of all of it, to keep or to restore elsewhere.'}
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
                  .map(([table, count]) => countOf(table, count))
                  .join(', ')}
                .
              </p>
            </NotificationBanner>
          ) : null}
          <p className="govuk-body">
            Restoring replaces everything {here} with what is in the backup. The file is checked whole first: if anything
            in it is wrong, nothing is changed.
          </p>
          <form onSubmit={(event) => void check(event)} noValidate>
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
                This replaces everything {here} ({describeCounts(current)}) with {file?.name}
                {summary?.counts ? `: ${describeCounts(summary.counts)}` : ''}
                {summary?.exportedAt && !Number.isNaN(Date.parse(summary.exportedAt)) ? `, backed up on ${formatInstant(summary.exportedAt)}` : ''}. Download a
                backup of what is here first if you may want it back.
              </WarningText>
            ) : null}
            <div className="govuk-button-group">
              {confirming ? (
                <>
                  <button type="button" className="govuk-button govuk-button--warning" onClick={() => void restore()} disabled={busy}>
                    Yes, restore this backup
                  </button>
                  <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </>
              ) : (
                <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
                  Restore from this backup
                </button>
              )}
            </div>
            <div role="status">{status ? <p className="govuk-body">{status}</p> : null}</div>
          </form>
        </>
      ) : null}
    </>
  )
}

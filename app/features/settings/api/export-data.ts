import { useMutation } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'
import { useBackupStore } from '@/stores/backup-store'

/**
 * A backup is downloaded as the API wrote it, not read record by record first: a record this
 * version cannot read must never stop anyone taking a backup. The restore checks it whole.
 */
interface BackupFile {
  exportedAt: string
}

export function exportData(): Promise<BackupFile> {
  return apiRequest<BackupFile>(apiPaths.exportData)
}

/** Fetches a backup and hands it to the browser as a file download. */
export function useExportData() {
  return useMutation({
    mutationFn: exportData,
    onSuccess: (backup) => {
      const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = `improvement-tracker-backup-${backup.exportedAt.slice(0, 10)}.json`
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      useBackupStore.getState().recordBackup(backup.exportedAt)
    },
  })
}

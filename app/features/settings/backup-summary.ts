/**
 * What a chosen backup file says it holds, read only to tell the person before they restore it
 * (the API checks the file whole). A backup can be tens of megabytes: parsing it is work for a
 * worker (backup-summary.worker.ts), so the page stays responsive while it is read.
 */
export interface BackupSummary {
  exportedAt: string | null
  /** Each table the file names, with how many records it holds; null when the file is not JSON of that shape. */
  counts: Record<string, number> | null
}

/** Reads a backup's text as loosely as a summary may: anything unexpected leaves the part unknown. */
export function summariseBackupText(text: string): BackupSummary {
  try {
    const parsed = JSON.parse(text) as { exportedAt?: unknown; data?: unknown }
    const data = parsed.data
    const counts =
      data && typeof data === 'object' && !Array.isArray(data)
        ? Object.fromEntries(
            Object.entries(data as Record<string, unknown>).flatMap(([table, list]) => (Array.isArray(list) ? [[table, list.length] as const] : [])),
          )
        : null
    return { exportedAt: typeof parsed.exportedAt === 'string' ? parsed.exportedAt : null, counts }
  } catch {
    return { exportedAt: null, counts: null }
  }
}

/** Summarises a file in a worker; where the browser cannot start one, on this thread. */
export function summariseBackup(file: File): Promise<BackupSummary> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./backup-summary.worker.ts', import.meta.url), { type: 'module', name: 'backup-summary' })
  } catch {
    return file.text().then(summariseBackupText)
  }
  return new Promise<BackupSummary>((resolve) => {
    const finish = (summary: Promise<BackupSummary> | BackupSummary) => {
      worker.terminate()
      resolve(summary)
    }
    worker.addEventListener('message', (event: MessageEvent<BackupSummary>) => finish(event.data))
    worker.addEventListener('error', () => finish(file.text().then(summariseBackupText)))
    worker.postMessage(file)
  })
}

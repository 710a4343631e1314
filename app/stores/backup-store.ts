import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

interface BackupState {
  /** When this browser last downloaded a backup, as an ISO instant. */
  lastBackupAt: string | null
  recordBackup: (at: string) => void
}

export const useBackupStore = create<BackupState>()(
  persist(
    (set) => ({
      lastBackupAt: null,
      recordBackup: (at) => set({ lastBackupAt: at }),
    }),
    { name: 'improvement-tracker:backup', storage: createJSONStorage(() => localStorage) },
  ),
)

export const BACKUP_REMINDER_DAYS = 7

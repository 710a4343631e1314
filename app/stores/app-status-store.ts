import { create } from 'zustand'
import type { UnreadableRecord as NamedUnreadable } from '@/contract/unreadable'

/** Conditions of this tab that every page should tell the person about. UI state only. */
interface AppStatusState {
  /** Another tab opened a newer version of the app's data store: this tab must reload. */
  newerVersionElsewhere: boolean
  /** An answer came from somewhere other than the app's local API (service worker bypassed or gone). */
  localApiUnavailable: boolean
  /** Records the API sent that this version of the app cannot read, by where they came from: left out of lists, named here. */
  unreadable: Record<string, UnreadableRecord>
  setNewerVersionElsewhere: () => void
  setLocalApiUnavailable: (unavailable: boolean) => void
  noteUnreadable: (record: UnreadableRecord) => void
}

/** A record an answer named as left out (app/contract/unreadable.ts), and the API path that answered. */
export interface UnreadableRecord extends NamedUnreadable {
  source: string
}

export const useAppStatusStore = create<AppStatusState>()((set) => ({
  newerVersionElsewhere: false,
  localApiUnavailable: false,
  setNewerVersionElsewhere: () => set({ newerVersionElsewhere: true }),
  setLocalApiUnavailable: (localApiUnavailable) => set({ localApiUnavailable }),
  unreadable: {},
  // Each refetch meets the same record again: only a new one changes the state (and re-renders the notice).
  noteUnreadable: (record) =>
    set((state) => {
      const key = `${record.source}#${record.id ?? record.problem}`
      return key in state.unreadable ? state : { unreadable: { ...state.unreadable, [key]: record } }
    }),
}))

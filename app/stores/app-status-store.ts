import { create } from 'zustand'

/** Conditions of this tab that every page should tell the person about. UI state only. */
interface AppStatusState {
  /** Another tab opened a newer version of the app's data store: this tab must reload. */
  newerVersionElsewhere: boolean
  /** An answer came from somewhere other than the app's local API (service worker bypassed or gone). */
  localApiUnavailable: boolean
  setNewerVersionElsewhere: () => void
  setLocalApiUnavailable: (unavailable: boolean) => void
}

export const useAppStatusStore = create<AppStatusState>()((set) => ({
  newerVersionElsewhere: false,
  localApiUnavailable: false,
  setNewerVersionElsewhere: () => set({ newerVersionElsewhere: true }),
  setLocalApiUnavailable: (localApiUnavailable) => set({ localApiUnavailable }),
}))

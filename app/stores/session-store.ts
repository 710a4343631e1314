import { create } from 'zustand'
import type { SessionInfo } from '@/contract/sessions'

/** On the shared server with sign-in: who is signed in, and whether the sign-in has ended under this tab. UI state only, never kept. */
interface SessionState {
  /** From GET /api/session when the page started (and after setting the council up). */
  signedIn: SessionInfo | null
  /** The server answered 401: the session ended (idle, its time up, or signed out in another tab). */
  signedOut: boolean
  setSignedIn: (info: SessionInfo) => void
  setSignedOut: () => void
}

export const useSessionStore = create<SessionState>()((set) => ({
  signedIn: null,
  signedOut: false,
  setSignedIn: (signedIn) => set({ signedIn, signedOut: false }),
  setSignedOut: () => set({ signedOut: true }),
}))

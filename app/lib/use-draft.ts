import { useCallback, useEffect, useState } from 'react'
import { useActingAsStore } from '@/stores/acting-as-store'

/** A draft nobody came back to in this long is let go. */
const DRAFT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000

interface StoredDraft {
  savedAt: number
  value: unknown
}

/** Drafts are kept per person and per record, so two people sharing a browser never see each other's. */
export function draftStorageKey(personId: string | null, key: string): string {
  return `improvement-tracker:draft:${personId ?? 'nobody'}:${key}`
}

function readDraft<T extends object>(storageKey: string, initial: T): T {
  try {
    const stored = localStorage.getItem(storageKey)
    if (!stored) return initial
    const draft = JSON.parse(stored) as StoredDraft
    if (typeof draft.savedAt !== 'number' || Date.now() - draft.savedAt > DRAFT_LIFETIME_MS || typeof draft.value !== 'object' || draft.value === null) {
      localStorage.removeItem(storageKey)
      return initial
    }
    return { ...initial, ...(draft.value as Partial<T>) }
  } catch {
    return initial
  }
}

/**
 * Form state kept in localStorage under `key` for the person acting, so what they typed survives
 * a failed save, a reload, closing the tab or the browser. `clear` forgets it once it is saved.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const personId = useActingAsStore((state) => state.personId)
  const storageKey = draftStorageKey(personId, key)
  const [state, setState] = useState(() => ({ storageKey, value: readDraft(storageKey, initial), touched: false }))
  // Someone else now acting (or another record): their own draft, never a copy of this one.
  let current = state
  if (state.storageKey !== storageKey) {
    current = { storageKey, value: readDraft(storageKey, initial), touched: false }
    setState(current)
  }
  useEffect(() => {
    // Only what the person typed is kept: opening a form writes nothing.
    if (!current.touched) return
    try {
      localStorage.setItem(current.storageKey, JSON.stringify({ savedAt: Date.now(), value: current.value } satisfies StoredDraft))
    } catch {
      // Storage full or blocked: the draft still lives in memory.
    }
  }, [current])
  const update = useCallback((next: T) => setState((previous) => ({ ...previous, value: next, touched: true })), [])
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(storageKey)
    } catch {
      // Nothing to forget.
    }
    setState({ storageKey, value: initial, touched: false })
    // `initial` is a fresh object each render; the reset value only needs its shape.
  }, [storageKey])
  return [current.value, update, clear]
}

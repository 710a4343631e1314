import { useCallback, useEffect, useState } from 'react'

/**
 * Form state kept in sessionStorage under `key`, so what a person typed survives a failed save,
 * a reload or a slip of the back button. `clear` forgets it once it is saved.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const storageKey = `improvement-tracker:draft:${key}`
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(storageKey)
      return stored ? { ...initial, ...(JSON.parse(stored) as Partial<T>) } : initial
    } catch {
      return initial
    }
  })
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value))
    } catch {
      // Storage full or blocked: the draft still lives in memory.
    }
  }, [storageKey, value])
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(storageKey)
    } catch {
      // Nothing to forget.
    }
    setValue(initial)
    // `initial` is a fresh object each render; the reset value only needs its shape.
  }, [storageKey])
  return [value, setValue, clear]
}

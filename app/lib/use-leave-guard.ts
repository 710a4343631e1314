import { useIsMutating } from '@tanstack/react-query'
import { useEffect } from 'react'

/** While a save is on its way, closing or leaving the page asks first: the browser's own "Leave site?" question. */
export function useLeaveGuard(): void {
  const saving = useIsMutating() > 0
  useEffect(() => {
    if (!saving) return
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [saving])
}

import { useEffect, useState } from 'react'
import { API_PROGRESS_EVENT, type ApiProgress } from '@/contract/changes'

/**
 * How far the local API has got with this page's request to `path` while `active` (a mutation is
 * pending); null before it says anything, and always on the shared server, which does not report.
 */
export function useApiProgress(path: string, active: boolean): ApiProgress | null {
  const [progress, setProgress] = useState<ApiProgress | null>(null)
  useEffect(() => {
    if (!active) {
      setProgress(null)
      return
    }
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<ApiProgress>).detail
      if (detail.path === path) setProgress(detail)
    }
    window.addEventListener(API_PROGRESS_EVENT, listener)
    return () => window.removeEventListener(API_PROGRESS_EVENT, listener)
  }, [path, active])
  return progress
}

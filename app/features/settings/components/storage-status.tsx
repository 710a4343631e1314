import { useEffect, useState } from 'react'

type Persistence = 'unknown' | 'persistent' | 'best-effort' | 'unsupported'

/** Whether the browser has promised to keep this app's data when space runs low. */
export function StorageStatus() {
  const [state, setState] = useState<Persistence>('unknown')
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null)

  useEffect(() => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined
    if (!storage?.persisted) {
      setState('unsupported')
      return
    }
    void storage.persisted().then((persisted) => setState(persisted ? 'persistent' : 'best-effort'))
    void storage.estimate?.().then((estimate) => setUsage({ used: estimate.usage ?? 0, quota: estimate.quota ?? 0 }))
  }, [])

  const ask = async () => {
    const granted = await navigator.storage.persist()
    setState(granted ? 'persistent' : 'best-effort')
  }

  return (
    <>
      <h2 className="govuk-heading-m">Storage in this browser</h2>
      <p className="govuk-body" role="status">
        {state === 'persistent'
          ? 'The browser has agreed to keep this app’s data even when the device runs short of space.'
          : state === 'best-effort'
            ? 'The browser has not agreed to keep this app’s data for certain: it may delete it if the device runs short of space. Keep your backups up to date.'
            : state === 'unsupported'
              ? 'This browser cannot promise to keep the app’s data. Keep your backups up to date.'
              : 'Checking…'}
      </p>
      {usage && usage.quota > 0 ? (
        <p className="govuk-body-s">
          Using {(usage.used / 1024 / 1024).toFixed(1)} MB of the {(usage.quota / 1024 / 1024 / 1024).toFixed(1)} GB the browser allows.
        </p>
      ) : null}
      {state === 'best-effort' ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void ask()}>
          Ask the browser to keep the data
        </button>
      ) : null}
    </>
  )
}

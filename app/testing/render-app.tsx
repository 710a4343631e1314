import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { onTestFinished } from 'vitest'
import { queryClient } from '@/lib/query-client'
import { AppProvider } from '@/provider'
import { routes } from '@/router'
import { useActingAsStore } from '@/stores/acting-as-store'
import { useAppStatusStore } from '@/stores/app-status-store'
import { useBackupStore } from '@/stores/backup-store'

/** Renders the real app (routes, loaders, providers) at `path`, against the node handlers. */
export function renderApp(path: string, { actingAs = null }: { actingAs?: string | null } = {}) {
  queryClient.clear()
  // Runs after the view is unmounted: nothing this test fetched or cached is left for the next one.
  onTestFinished(async () => {
    await queryClient.cancelQueries()
    queryClient.clear()
  })
  // Test files share modules (isolate: false): each render starts from the stores' first state.
  useAppStatusStore.setState(useAppStatusStore.getInitialState(), true)
  useBackupStore.setState(useBackupStore.getInitialState(), true)
  useActingAsStore.setState({ ...useActingAsStore.getInitialState(), personId: actingAs }, true)
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { router, ...view }
}

import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { queryClient } from '@/lib/query-client'
import { AppProvider } from '@/provider'
import { routes } from '@/router'
import { useActingAsStore } from '@/stores/acting-as-store'

/** Renders the real app (routes, loaders, providers) at `path`, against the node handlers. */
export function renderApp(path: string, { actingAs = null }: { actingAs?: string | null } = {}) {
  queryClient.clear()
  useActingAsStore.setState({ personId: actingAs })
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { router, ...view }
}

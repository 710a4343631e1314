import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router'
import { queryClient } from '@/lib/query-client'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { peopleQueryOptions } from '@/features/people/api/get-people'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { BoardPage } from './routes/board'
import { NewBoardPage } from './routes/board-new'
import { BoardsPage } from './routes/boards'
import { HomePage } from './routes/home'
import { meetingsFilters, MeetingsPage } from './routes/meetings'
import { NotFoundPage } from './routes/not-found'
import { reportsFilters, ReportsPage } from './routes/reports'
import { RootLayout, ShellLoading } from './routes/root-layout'
import { RouteError } from './routes/route-error'
import { SettingsPage } from './routes/settings'

/** Loaders prefetch with the features' query options, so a page renders with its data. */
const loaded = (...queries: Array<Promise<unknown>>) => Promise.all(queries).then(() => null)
const ensure: typeof queryClient.ensureQueryData = (options) => queryClient.ensureQueryData(options)

const search = ({ request }: LoaderFunctionArgs) => new URL(request.url).searchParams

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    hydrateFallbackElement: <ShellLoading />,
    loader: () => loaded(ensure(peopleQueryOptions())),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            element: <HomePage />,
            loader: () => loaded(ensure(boardsQueryOptions()), ensure(meetingsQueryOptions()), ensure(reportsQueryOptions())),
          },
          { path: 'boards', element: <BoardsPage />, loader: () => loaded(ensure(boardsQueryOptions())) },
          { path: 'boards/new', element: <NewBoardPage /> },
          {
            path: 'boards/:boardId',
            element: <BoardPage />,
            loader: ({ params }) => {
              const boardId = params.boardId ?? ''
              return loaded(ensure(boardQueryOptions(boardId)), ensure(meetingsQueryOptions({ boardId })), ensure(reportsQueryOptions({ boardId })))
            },
          },
          {
            path: 'meetings',
            element: <MeetingsPage />,
            loader: (args) => {
              const filters = meetingsFilters(search(args))
              return loaded(ensure(boardsQueryOptions()), ensure(meetingsQueryOptions(filters)), ensure(reportsQueryOptions(filters)))
            },
          },
          {
            path: 'reports',
            element: <ReportsPage />,
            loader: (args) =>
              loaded(ensure(boardsQueryOptions()), ensure(meetingsQueryOptions()), ensure(reportsQueryOptions(reportsFilters(search(args))))),
          },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' })
}

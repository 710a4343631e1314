import { createBrowserRouter, type LoaderFunction, type RouteObject, type ShouldRevalidateFunction } from 'react-router'
import { appBasePath } from './lib/page-urls'
import { NotFoundPage } from './routes/not-found'
import { loader as rootLoader, RootLayout, shouldRevalidate as rootShouldRevalidate } from './routes/root-layout'
import { ShellLoading } from './routes/shell'
import { RouteError } from './routes/route-error'

/** What a page module exports: its loader, its page, and when to re-run the loader if not on every navigation. */
interface PageModule {
  loader: LoaderFunction
  Component: React.ComponentType
  shouldRevalidate?: ShouldRevalidateFunction
}

/** A page loaded with its own code (each route module is a chunk): its loader comes with it. */
const page = (load: () => Promise<PageModule>): RouteObject['lazy'] => async () => {
  const { loader, Component, shouldRevalidate } = await load()
  return { loader, Component, shouldRevalidate }
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    hydrateFallbackElement: <ShellLoading />,
    loader: rootLoader,
    shouldRevalidate: rootShouldRevalidate,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: page(() => import('./routes/home')) },
          { path: 'boards', lazy: page(() => import('./routes/boards')) },
          { path: 'boards/new', lazy: page(() => import('./routes/board-new')) },
          { path: 'boards/:boardId', lazy: page(() => import('./routes/board')) },
          { path: 'boards/:boardId/meetings/new', lazy: page(() => import('./routes/meeting-new')) },
          { path: 'boards/:boardId/meetings/series', lazy: page(() => import('./routes/meeting-series')) },
          { path: 'plans/:planId', lazy: page(() => import('./routes/plan')) },
          { path: 'plans/:planId/edit', lazy: page(() => import('./routes/plan-edit')) },
          // Chart code loads only on the pages that show charts.
          { path: 'plans/:planId/timeline', lazy: page(() => import('./routes/plan-timeline')) },
          { path: 'plans/:planId/milestones/new', lazy: page(() => import('./routes/milestone-new')) },
          // The spreadsheet readers load only on this page.
          { path: 'plans/:planId/import', lazy: page(() => import('./routes/plan-import')) },
          { path: 'milestones/:milestoneId', lazy: page(() => import('./routes/milestone')) },
          { path: 'milestones/:milestoneId/edit', lazy: page(() => import('./routes/milestone-edit')) },
          { path: 'inspections', lazy: page(() => import('./routes/inspections')) },
          { path: 'inspections/new', lazy: page(() => import('./routes/inspection-new')) },
          { path: 'inspections/:inspectionId', lazy: page(() => import('./routes/inspection')) },
          { path: 'inspections/:inspectionId/edit', lazy: page(() => import('./routes/inspection-edit')) },
          { path: 'boards/:boardId/plans/new', lazy: page(() => import('./routes/plan-new')) },
          { path: 'plans/:planId/agree', lazy: page(() => import('./routes/plan-agree')) },
          { path: 'meetings', lazy: page(() => import('./routes/meetings')) },
          { path: 'meetings/:meetingId', lazy: page(() => import('./routes/meeting')) },
          { path: 'meetings/:meetingId/edit', lazy: page(() => import('./routes/meeting-edit')) },
          { path: 'meetings/:meetingId/cancel-or-move', lazy: page(() => import('./routes/meeting-cancel-or-move')) },
          { path: 'meetings/:meetingId/move', lazy: page(() => import('./routes/meeting-move')) },
          { path: 'meetings/:meetingId/cancel', lazy: page(() => import('./routes/meeting-cancel')) },
          { path: 'meetings/:meetingId/agenda', lazy: page(() => import('./routes/meeting-agenda')) },
          { path: 'meetings/:meetingId/record', lazy: page(() => import('./routes/meeting-record')) },
          { path: 'meetings/:meetingId/publish', lazy: page(() => import('./routes/meeting-publish')) },
          { path: 'meetings/:meetingId/packs', lazy: page(() => import('./routes/meeting-packs')) },
          { path: 'meetings/:meetingId/packs/:number', lazy: page(() => import('./routes/meeting-pack-version')) },
          { path: 'meetings/:meetingId/changes', lazy: page(() => import('./routes/meeting-changes')) },
          // The minutes extractor loads only when this page asks the API to read minutes.
          { path: 'meetings/:meetingId/minutes', lazy: page(() => import('./routes/meeting-minutes')) },
          { path: 'meetings/:meetingId/actions/new', lazy: page(() => import('./routes/meeting-action-new')) },
          { path: 'actions/:actionId', lazy: page(() => import('./routes/action')) },
          { path: 'actions/:actionId/edit', lazy: page(() => import('./routes/action-edit')) },
          { path: 'boards/:boardId/actions', lazy: page(() => import('./routes/board-actions')) },
          { path: 'reports', lazy: page(() => import('./routes/reports')) },
          { path: 'reports/new', lazy: page(() => import('./routes/report-new')) },
          { path: 'reports/:reportId', lazy: page(() => import('./routes/report')) },
          { path: 'settings', lazy: page(() => import('./routes/settings')) },
          { path: 'welcome', lazy: page(() => import('./routes/welcome')) },
          { path: 'people', lazy: page(() => import('./routes/people')) },
          { path: 'people/new', lazy: page(() => import('./routes/person-new')) },
          { path: 'people/:personId', lazy: page(() => import('./routes/person')) },
          { path: 'people/:personId/edit', lazy: page(() => import('./routes/person-edit')) },
          { path: 'plans/:planId/measures/new', lazy: page(() => import('./routes/measure-new')) },
          { path: 'measures/:measureId', lazy: page(() => import('./routes/measure')) },
          { path: 'measures/:measureId/edit', lazy: page(() => import('./routes/measure-edit')) },
          { path: 'audit', lazy: page(() => import('./routes/audit')) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes, { basename: appBasePath || '/' })
}

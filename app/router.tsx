import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject, type ShouldRevalidateFunction } from 'react-router'
import { queryClient } from '@/lib/query-client'
import { useActingAsStore } from '@/stores/acting-as-store'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { inspectionsQueryOptions } from '@/features/inspections/api/get-inspections'
import { meetingPackQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { milestoneQueryOptions, milestoneUpdatesQueryOptions } from '@/features/milestones/api/get-milestone'
import { milestonesQueryOptions } from '@/features/milestones/api/get-milestones'
import { planQueryOptions } from '@/features/plans/api/get-plan'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { peopleQueryOptions } from '@/features/people/api/get-people'
import { reportQueryOptions } from '@/features/reports/api/get-report'
import { reportsQueryOptions } from '@/features/reports/api/get-reports'
import { reportsFilters } from '@/features/reports/filters'
import { meetingsFilters } from '@/features/meetings/filters'
import { NotFoundPage } from './routes/not-found'
import { RootLayout } from './routes/root-layout'
import { ShellLoading } from './routes/shell'
import { RouteError } from './routes/route-error'

/** Loaders prefetch with the features' query options, so a page renders with its data. */
const loaded = (...queries: Array<Promise<unknown>>) => Promise.all(queries).then(() => null)
const ensure: typeof queryClient.ensureQueryData = (options) => queryClient.ensureQueryData(options)

async function planLoader(planId: string) {
  const [plan] = await Promise.all([ensure(planQueryOptions(planId)), ensure(milestonesQueryOptions({ planId }))])
  return loaded(ensure(boardQueryOptions(plan.boardId)))
}

async function milestoneLoader(milestoneId: string) {
  const [milestone] = await Promise.all([
    ensure(milestoneQueryOptions(milestoneId)),
    ensure(milestoneUpdatesQueryOptions(milestoneId)),
    ensure(inspectionsQueryOptions()),
  ])
  const plan = await ensure(planQueryOptions(milestone.planId))
  return loaded(ensure(boardQueryOptions(plan.boardId)))
}

/** For routes whose data does not depend on the URL's query (the root; the plan, which filters in the page): the data is cached. */
const onlyWhenThePathChanges: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate

const search = ({ request }: LoaderFunctionArgs) => new URL(request.url).searchParams

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    hydrateFallbackElement: <ShellLoading />,
    loader: () => loaded(ensure(peopleQueryOptions())),
    shouldRevalidate: onlyWhenThePathChanges,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: () => import('./routes/home').then((module) => ({ Component: module.HomePage })),
            loader: () => {
              const personId = useActingAsStore.getState().personId
              return loaded(
                ensure(boardsQueryOptions()),
                ensure(meetingsQueryOptions()),
                ensure(reportsQueryOptions()),
                ...(personId ? [ensure(milestonesQueryOptions({ ownerId: personId })), ensure(plansQueryOptions())] : []),
              )
            },
          },
          { path: 'boards', lazy: () => import('./routes/boards').then((module) => ({ Component: module.BoardsPage })), loader: () => loaded(ensure(boardsQueryOptions())) },
          { path: 'boards/new', lazy: () => import('./routes/board-new').then((module) => ({ Component: module.NewBoardPage })) },
          {
            path: 'boards/:boardId',
            lazy: () => import('./routes/board').then((module) => ({ Component: module.BoardPage })),
            loader: async ({ params }) => {
              const boardId = params.boardId ?? ''
              const [plans] = await Promise.all([
                ensure(plansQueryOptions({ boardId })),
                ensure(boardQueryOptions(boardId)),
                ensure(meetingsQueryOptions({ boardId })),
                ensure(reportsQueryOptions({ boardId })),
                ensure(inspectionsQueryOptions()),
              ])
              return loaded(...plans.map((plan) => ensure(milestonesQueryOptions({ planId: plan.id }))))
            },
          },
          {
            path: 'plans/:planId',
            lazy: () => import('./routes/plan').then((module) => ({ Component: module.PlanPage })),
            loader: ({ params }) => planLoader(params.planId ?? ''),
            shouldRevalidate: onlyWhenThePathChanges,
          },
          { path: 'plans/:planId/edit', lazy: () => import('./routes/plan-edit').then((module) => ({ Component: module.EditPlanPage })), loader: ({ params }) => planLoader(params.planId ?? '') },
          {
            path: 'plans/:planId/timeline',
            // Chart code loads only on the pages that show charts.
            lazy: () => import('./routes/plan-timeline').then((module) => ({ Component: module.PlanTimelinePage })),
            loader: ({ params }) => planLoader(params.planId ?? ''),
          },
          {
            path: 'inspections/:inspectionId',
            lazy: () => import('./routes/inspection').then((module) => ({ Component: module.InspectionPage })),
            loader: () => loaded(ensure(inspectionsQueryOptions()), ensure(plansQueryOptions()), ensure(milestonesQueryOptions())),
          },
          {
            path: 'plans/:planId/milestones/new',
            lazy: () => import('./routes/milestone-new').then((module) => ({ Component: module.NewMilestonePage })),
            loader: ({ params }) => loaded(planLoader(params.planId ?? ''), ensure(inspectionsQueryOptions())),
          },
          { path: 'milestones/:milestoneId', lazy: () => import('./routes/milestone').then((module) => ({ Component: module.MilestonePage })), loader: ({ params }) => milestoneLoader(params.milestoneId ?? '') },
          { path: 'milestones/:milestoneId/edit', lazy: () => import('./routes/milestone-edit').then((module) => ({ Component: module.EditMilestonePage })), loader: ({ params }) => milestoneLoader(params.milestoneId ?? '') },
          {
            path: 'meetings',
            lazy: () => import('./routes/meetings').then((module) => ({ Component: module.MeetingsPage })),
            loader: (args) => {
              const filters = meetingsFilters(search(args))
              return loaded(ensure(boardsQueryOptions()), ensure(meetingsQueryOptions(filters)), ensure(reportsQueryOptions(filters)))
            },
          },
          {
            path: 'reports',
            lazy: () => import('./routes/reports').then((module) => ({ Component: module.ReportsPage })),
            loader: (args) =>
              loaded(ensure(boardsQueryOptions()), ensure(meetingsQueryOptions()), ensure(reportsQueryOptions(reportsFilters(search(args))))),
          },
          {
            path: 'meetings/:meetingId',
            lazy: () => import('./routes/meeting').then((module) => ({ Component: module.MeetingPage })),
            loader: async ({ params }) => {
              const pack = await ensure(meetingPackQueryOptions(params.meetingId ?? ''))
              return loaded(ensure(meetingsQueryOptions({ boardId: pack.board.id })))
            },
          },
          {
            path: 'boards/:boardId/meetings/new',
            lazy: () => import('./routes/meeting-new').then((module) => ({ Component: module.NewMeetingPage })),
            loader: ({ params }) => loaded(ensure(boardQueryOptions(params.boardId ?? ''))),
          },
          {
            path: 'reports/new',
            lazy: () => import('./routes/report-new').then((module) => ({ Component: module.NewReportPage })),
            loader: () => loaded(ensure(boardsQueryOptions()), ensure(meetingsQueryOptions())),
          },
          {
            path: 'reports/:reportId',
            lazy: () => import('./routes/report').then((module) => ({ Component: module.ReportPage })),
            loader: async ({ params }) => {
              const report = await ensure(reportQueryOptions(params.reportId ?? ''))
              const boardId = report.requestedByBoardId
              return loaded(ensure(boardQueryOptions(boardId)), ensure(meetingsQueryOptions({ boardId })), ensure(reportsQueryOptions({ boardId })))
            },
          },
          {
            path: 'settings',
            lazy: () => import('./routes/settings').then((module) => ({ Component: module.SettingsPage })),
            loader: () =>
              loaded(
                ensure(milestonesQueryOptions()),
                ensure(plansQueryOptions()),
                ensure(reportsQueryOptions()),
                ensure(meetingsQueryOptions()),
                ensure(boardsQueryOptions()),
              ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' })
}

import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page'
import { auditQueryOptions } from '@/features/audit/api/get-audit'
import { AuditFiltersForm } from '@/features/audit/components/audit-filters-form'
import { AuditTable } from '@/features/audit/components/audit-table'
import { auditFiltersFromSearch } from '@/features/audit/filters'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { mayViewAudit, type Actor } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'

/** The boards whose changes this person sees: every board for an administrator, a chair's own. */
function boardsInView<B extends { id: string; chairId: string }>(actor: Actor, boards: B[]): B[] {
  return actor?.isAdmin ? boards : boards.filter((board) => board.chairId === actor?.id)
}

const auditData = definePageData(
  () => ({ people: peopleQueryOptions(), boards: boardsQueryOptions() }),
  // Asked only by someone who may see it, and only with filters that are right: the page says why not otherwise.
  ({ people, boards, actingAs, search }) => {
    const actor = people.find((person) => person.id === actingAs) ?? null
    const { query, errors } = auditFiltersFromSearch(search, boardsInView(actor, boards).map((board) => board.id))
    return { audit: auditQueryOptions(mayViewAudit(actor).allowed && errors.length === 0 ? query : null) }
  },
)

export const loader = auditData.loader
export { AuditPage as Component }

const TITLE = 'Who changed what'

export function AuditPage() {
  const { people, boards, audit } = auditData.usePageData()
  const [search] = useSearchParams()
  const actor = useActingPerson()
  const permission = mayViewAudit(actor)
  if (!permission.allowed) {
    return (
      <>
        <PageHeading>{TITLE}</PageHeading>
        <p className="govuk-body">{actor ? permission.reason : `Only chairs and administrators can see who changed what. ${permission.reason}`}</p>
        <p className="govuk-body">
          Each milestone, report and performance measure shows its own history on its page. <Link className="govuk-link" to={pageUrls.home}>Go to the home page</Link>.
        </p>
      </>
    )
  }

  return <AuditView key={search.toString()} search={search} actor={actor} people={people} boards={boards} audit={audit} />
}

type PageData = ReturnType<typeof auditData.usePageData>

/** The page for one URL: its filters' problems (from the URL, then from the form) say so in the page's title too. */
function AuditView({ search, actor, people, boards, audit }: Pick<PageData, 'people' | 'boards' | 'audit'> & { search: URLSearchParams; actor: Actor }) {
  const navigate = useNavigate()
  const inView = boardsInView(actor, boards)
  const fromUrl = auditFiltersFromSearch(search, inView.map((board) => board.id))
  const [errors, setErrors] = useState(fromUrl.errors)
  const { cursor, ...filters } = fromUrl.query
  const byName = [...people].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  return (
    <>
      <PageHeading title={errors.length > 0 ? `Error: ${TITLE}` : TITLE}>{TITLE}</PageHeading>
      <p className="govuk-body">
        {actor?.isAdmin
          ? 'Every change recorded with who made it and when, newest first: milestones, plans, reports, performance measures and people.'
          : 'Changes to the milestones, plans, reports and performance measures of the boards you chair, and to who sits on them, newest first.'}
      </p>
      <AuditFiltersForm
        query={fromUrl.query}
        errors={errors}
        onErrors={setErrors}
        boards={inView}
        people={byName}
        allBoardsLabel={actor?.isAdmin ? 'All boards' : 'All the boards you chair'}
        onShow={(next) => navigate(pageUrls.audit(next))}
      />
      {audit === null ? null : audit.entries.length === 0 ? (
        <p className="govuk-body">{cursor ? 'There are no older changes.' : 'No changes match.'}</p>
      ) : (
        <>
          <AuditTable entries={audit.entries} boards={boards} />
          {audit.nextCursor || cursor ? (
            <nav className="govuk-pagination govuk-pagination--block app-no-print" aria-label="Older and newest changes">
              {cursor ? (
                <div className="govuk-pagination__prev">
                  <Link className="govuk-link govuk-pagination__link" to={pageUrls.audit(filters)}>
                    <span className="govuk-pagination__link-title">Newest changes</span>
                  </Link>
                </div>
              ) : null}
              {audit.nextCursor ? (
                <div className="govuk-pagination__next">
                  <Link className="govuk-link govuk-pagination__link" to={pageUrls.audit({ ...filters, cursor: audit.nextCursor })} rel="next">
                    <span className="govuk-pagination__link-title">Older changes</span>
                  </Link>
                </div>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  )
}

import { Link } from 'react-router'

interface PaginationProps {
  page: number
  pages: number
  /** The link to a page, keeping the rest of the URL (filters). */
  href: (page: number) => string
}

/** GOV.UK pagination: previous, numbered pages with gaps, next. */
export function Pagination({ page, pages, href }: PaginationProps) {
  if (pages <= 1) return null
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((number) => number >= 1 && number <= pages).sort((a, b) => a - b)
  return (
    <nav className="govuk-pagination app-no-print" aria-label="Pages of milestones">
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={href(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {shown.map((number, index) => (
          <PageItem key={number} number={number} current={number === page} href={href(number)} gapBefore={index > 0 && number - (shown[index - 1] ?? number) > 1} />
        ))}
      </ul>
      {page < pages ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={href(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      ) : null}
    </nav>
  )
}

function PageItem({ number, current, href, gapBefore }: { number: number; current: boolean; href: string; gapBefore: boolean }) {
  return (
    <>
      {gapBefore ? <li className="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li> : null}
      <li className={`govuk-pagination__item${current ? ' govuk-pagination__item--current' : ''}`}>
        <Link className="govuk-link govuk-pagination__link" to={href} aria-label={`Page ${number}`} aria-current={current ? 'page' : undefined}>
          {number}
        </Link>
      </li>
    </>
  )
}

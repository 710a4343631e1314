import { Link } from 'react-router'
import { PageHeading } from '@/components/page'
import { pageUrls } from '@/lib/page-urls'

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{`Page not found`}</PageHeading>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          The {what} may have been removed. <Link className="govuk-link" to={pageUrls.home}>Go to the home page</Link>.
        </p>
      </div>
    </div>
  )
}

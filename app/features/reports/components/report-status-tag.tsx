import { reportStatusLabels, type ReportStatus } from '@/contract/reports'

const colours: Record<ReportStatus, string> = {
  requested: 'govuk-tag--grey',
  'in-preparation': 'govuk-tag--yellow',
  submitted: 'govuk-tag--blue',
  considered: 'govuk-tag--green',
  deferred: 'govuk-tag--orange',
  withdrawn: 'govuk-tag--grey',
}

export function ReportStatusTag({ status, late }: { status: ReportStatus; late?: boolean }) {
  return (
    <>
      <strong className={`govuk-tag ${colours[status]}`}>{reportStatusLabels[status]}</strong>
      {late ? (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red">Late</strong>
        </>
      ) : null}
    </>
  )
}

import { reportStatusLabels, type ReportStatus } from '@/contract/report-status'

const colours: Record<ReportStatus, string> = {
  requested: 'govuk-tag--grey',
  'in-preparation': 'govuk-tag--yellow',
  submitted: 'govuk-tag--blue',
  considered: 'govuk-tag--green',
  deferred: 'govuk-tag--orange',
  withdrawn: 'govuk-tag--grey',
}

/**
 * A report's status as a word on its colour. `dueHere` is for a list of one meeting's reports: a
 * report deferred to that meeting is due there, so it says so, not "Deferred" alone.
 */
export function ReportStatusTag({ status, late, dueHere }: { status: ReportStatus; late?: boolean; dueHere?: boolean }) {
  return (
    <>
      <strong className={`govuk-tag ${colours[status]}`}>{status === 'deferred' && dueHere ? 'Deferred to this meeting' : reportStatusLabels[status]}</strong>
      {late ? (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red">Late</strong>
        </>
      ) : null}
    </>
  )
}

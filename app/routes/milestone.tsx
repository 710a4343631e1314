import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { formatDate, formatInstant } from '@/lib/dates'
import { useChangeDueDate } from '@/features/milestones/api/change-due-date'
import { useCloseMilestone } from '@/features/milestones/api/close-milestone'
import { useCreateMilestoneUpdate } from '@/features/milestones/api/create-milestone-update'
import { useDecideDateChange } from '@/features/milestones/api/decide-date-change'
import { useSignOffMilestone } from '@/features/milestones/api/sign-off-milestone'
import { CloseMilestoneForm } from '@/features/milestones/components/close-milestone-form'
import { DateChangeForm } from '@/features/milestones/components/date-change-form'
import { DateDecisionForm } from '@/features/milestones/components/date-decision-form'
import { DeleteMilestone } from '@/features/milestones/components/delete-milestone'
import { MilestoneHistory } from '@/features/milestones/components/milestone-history'
import { MilestoneSummary } from '@/features/milestones/components/milestone-summary'
import { MilestoneFlags, MilestoneStatusTag, RagLegend } from '@/features/milestones/components/rag-tag'
import { SignOffForm } from '@/features/milestones/components/sign-off-form'
import { StatusUpdateForm } from '@/features/milestones/components/status-update-form'
import { useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'
import { answerableRecommendations } from '@/domain/inspection-links'
import { inspectionName } from '@/features/inspections/inspection-name'
import { milestonePageData } from './milestone-data'
import { dateChangeRoute, milestoneDeletion, ragBeforeComplete } from '@/domain/milestone-lifecycle'
import { isAwaitingSignOff, milestoneStatusLabel } from '@/domain/milestone-status'
import {
  chairsBoard,
  mayChangeDueDate,
  mayCloseMilestone,
  mayDecideDateChange,
  mayManageMilestones,
  maySignOffMilestone,
  mayUpdateMilestone,
} from '@/domain/permissions'

export const loader = milestonePageData.loader
export { MilestonePage as Component }

/** Keyed by the id, so moving to another milestone starts with fresh form and save state. */
export function MilestonePage() {
  const milestoneId = useParams().milestoneId ?? ''
  return <MilestonePageContent key={milestoneId} />
}

function MilestonePageContent() {
  const { milestone, updates, dateChanges, plan, board, people, inspections } = milestonePageData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const mutation = useCreateMilestoneUpdate()
  const changeDate = useChangeDueDate()
  const decideDate = useDecideDateChange()
  const signOff = useSignOffMilestone()
  const close = useCloseMilestone()
  // What the last decision on this page did, in words: shown once, above the forms.
  const [notice, setNotice] = useState<string | null>(null)
  // The outcome of a status update comes from the mutation itself, as on the report page: no copy of it in state.
  const saved = mutation.isSuccess ? mutation.data.milestone : null

  const closed = milestone.closedOn !== null
  const chairs = mayManageMilestones(person, board).allowed
  const canUpdate = !closed && mayUpdateMilestone(person, milestone, board).allowed
  const canChangeDate = !closed && mayChangeDueDate(person, milestone, board).allowed
  const decidesDates = !closed && mayDecideDateChange(person, board).allowed
  const signsOff = !closed && maySignOffMilestone(person, board).allowed
  const closes = !closed && mayCloseMilestone(person, board).allowed
  const proposal = dateChanges.find((change) => change.status === 'proposed')
  const awaiting = !closed && isAwaitingSignOff(milestone)
  const route = dateChangeRoute(plan.status, chairsBoard(person, board))
  const deletion = milestoneDeletion(plan.status, updates)
  const theme = plan.themes.find((candidate) => candidate.id === milestone.themeId)
  // The plan's inspection's recommendations, and those of the visits that follow it up.
  const recommendations = answerableRecommendations(plan.inspectionId, inspections)
    .filter(({ recommendation }) => milestone.recommendationIds.includes(recommendation.id))
    .map(({ inspection, recommendation: rec }) => ({
      id: rec.id,
      href: pageUrls.inspection(inspection.id),
      label: inspection.id === plan.inspectionId ? `Recommendation ${rec.number}` : `${inspectionName(inspection)}, recommendation ${rec.number}`,
      text: rec.text,
    }))
  const name = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? 'Unknown person'
  const completion = updates.find((update) => update.kind === 'status' && update.rag === 'blue')
  // While a save is on its way, show the status it will have.
  const pending = mutation.isPending ? { rag: mutation.variables.input.rag as typeof milestone.rag, signOff: null } : null
  const revisedDate = mutation.variables?.input.revisedDueDate

  return (
    <>
      <Link to={pageUrls.plan(plan.id)} className="govuk-back-link">
        Back to the plan
      </Link>
      <PageHeading caption={theme?.title}>{milestone.title}</PageHeading>
      <div className="app-status-now" aria-live="polite">
        <span className="govuk-visually-hidden">Status: </span>
        <MilestoneStatusTag milestone={pending ?? milestone} />
        {pending ? <span className="govuk-body-s govuk-!-margin-left-2">Saving…</span> : null}
        <MilestoneFlags milestone={milestone} />
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {closed ? (
            <div className="govuk-inset-text">
              Closed on {formatDate(milestone.closedOn!)}: <span className="app-pre-wrap">{milestone.closedReason}</span>. A closed milestone takes no more
              updates; its history is kept.
            </div>
          ) : null}
          {notice ? (
            <NotificationBanner kind="success">
              <p className="govuk-notification-banner__heading">{notice}</p>
            </NotificationBanner>
          ) : null}
          <MilestoneSummary
            milestone={milestone}
            plan={plan}
            people={people}
            recommendations={recommendations}
            proposal={proposal}
            themeTitle={theme?.title}
            planLink={
              <Link className="govuk-link" to={pageUrls.plan(plan.id)}>
                {plan.title}
              </Link>
            }
          />
          {chairs && !closed ? (
            <p className="govuk-body app-no-print">
              <Link className="govuk-link" to={pageUrls.milestoneEdit(milestone.id)}>
                Change the milestone’s details<span className="govuk-visually-hidden">: {milestone.title}</span>
              </Link>
            </p>
          ) : null}

          {awaiting ? (
            <section className="app-no-print" aria-labelledby="sign-off">
              <h2 className="govuk-heading-m" id="sign-off">
                Complete, awaiting sign-off
              </h2>
              <p className="govuk-body">
                {completion ? `${name(completion.authorId)} marked it Complete on ${formatInstant(completion.at)}. ` : ''}It counts as complete once the chair
                of {board.name} signs it off.
              </p>
              {completion?.evidence ? (
                <div className="govuk-inset-text">
                  <span className="govuk-!-font-weight-bold">Evidence: </span>
                  <span className="app-pre-wrap">{completion.evidence}</span>
                </div>
              ) : null}
              {signsOff ? (
                <SignOffForm
                  milestone={milestone}
                  returnsTo={ragBeforeComplete(updates)}
                  mutation={signOff}
                  labelledBy="sign-off"
                  onSaved={(result) =>
                    setNotice(result.update.kind === 'signed-off' ? 'Signed off: the milestone now counts as complete.' : `Sent back: the status is now ${milestoneStatusLabel(result.milestone)}.`)
                  }
                />
              ) : null}
            </section>
          ) : null}

          {proposal && !closed ? (
            <section className="app-no-print" aria-labelledby="date-proposal">
              <h2 className="govuk-heading-m" id="date-proposal">
                New due date awaiting the chair
              </h2>
              <p className="govuk-body">
                {name(proposal.proposedById)} proposed moving the due date from {formatDate(proposal.fromDate)} to {formatDate(proposal.toDate)} on{' '}
                {formatInstant(proposal.proposedAt)}. Until the chair of {board.name} agrees, the milestone stays due on {formatDate(milestone.dueDate)}.
              </p>
              <div className="govuk-inset-text">
                <span className="govuk-!-font-weight-bold">Reason: </span>
                <span className="app-pre-wrap">{proposal.reason}</span>
              </div>
              {decidesDates ? (
                <DateDecisionForm
                  milestone={milestone}
                  change={proposal}
                  mutation={decideDate}
                  labelledBy="date-proposal"
                  onSaved={(result) =>
                    setNotice(
                      result.dateChange?.status === 'agreed'
                        ? `Agreed: the milestone is now due ${formatDate(result.milestone.dueDate)}.`
                        : `Refused: the milestone stays due ${formatDate(result.milestone.dueDate)}.`,
                    )
                  }
                />
              ) : null}
            </section>
          ) : null}

          {canUpdate ? (
            <section className="app-no-print" aria-labelledby="update-status">
              <h2 className="govuk-heading-m" id="update-status" tabIndex={-1}>
                Update status
              </h2>
              {saved && !mutation.isPending ? (
                <NotificationBanner kind="success">
                  <p className="govuk-notification-banner__heading">
                    Saved. The status is now {milestoneStatusLabel(saved)}.
                    {isAwaitingSignOff(saved) ? ` The chair of ${board.name} signs it off.` : ''}
                    {revisedDate && saved.proposedDueDate === revisedDate ? ` The new due date of ${formatDate(revisedDate)} awaits the chair’s agreement.` : ''}
                  </p>
                </NotificationBanner>
              ) : null}
              <StatusUpdateForm
                key={milestone.id}
                milestone={milestone}
                mutation={mutation}
                revisedDate={proposal ? { allowed: false, hint: '' } : { allowed: canChangeDate, hint: revisedDateHint(route, board.name) }}
              />
            </section>
          ) : null}

          {canChangeDate && !proposal ? (
            <section className="app-no-print" aria-labelledby="change-due-date">
              <h2 className="govuk-heading-m" id="change-due-date">
                {route === 'proposed' ? 'Propose a new due date' : 'Change the due date'}
              </h2>
              <DateChangeForm
                milestone={milestone}
                route={route}
                boardName={board.name}
                mutation={changeDate}
                labelledBy="change-due-date"
                onSaved={(result) =>
                  setNotice(
                    result.dateChange?.status === 'proposed'
                      ? `Proposed: the new due date of ${formatDate(result.dateChange.toDate)} awaits the chair’s agreement.`
                      : `Changed: the milestone is now due ${formatDate(result.milestone.dueDate)}.`,
                  )
                }
              />
            </section>
          ) : null}

          <h2 className="govuk-heading-m">History</h2>
          <RagLegend staleAfterDays={board.staleAfterDays} />
          <MilestoneHistory updates={updates} people={people} themes={plan.themes} dateChanges={dateChanges} />

          {closes ? (
            <section className="app-no-print" aria-labelledby="delete-or-close">
              <h2 className="govuk-heading-m" id="delete-or-close">
                {deletion.allowed ? 'Delete the milestone' : 'Close the milestone'}
              </h2>
              {deletion.allowed ? (
                <DeleteMilestone
                  milestone={milestone}
                  explanation={
                    plan.status === 'draft'
                      ? 'The plan is still a draft, so a milestone added in error can be deleted, with its history.'
                      : 'It has no history beyond being added to the plan, so it can be deleted.'
                  }
                  onDeleted={() => navigate(pageUrls.plan(plan.id))}
                />
              ) : (
                <>
                  <p className="govuk-body">
                    Its history in the agreed plan is kept, so it cannot be deleted. If it is no longer needed, close it with the reason: it stays on the
                    plan, apart from the open milestones, and takes no more updates.
                  </p>
                  <CloseMilestoneForm
                    milestone={milestone}
                    mutation={close}
                    labelledBy="delete-or-close"
                    onSaved={(closedMilestone) => setNotice(`Closed on ${formatDate(closedMilestone.closedOn ?? '')}.`)}
                  />
                </>
              )}
            </section>
          ) : null}
        </div>
      </div>
    </>
  )
}

/** What a revised date in a status update will do, before the person saves it. */
function revisedDateHint(route: ReturnType<typeof dateChangeRoute>, boardName: string): string {
  if (route === 'proposed') return `It is proposed to the chair of ${boardName}, with your commentary as the reason; the due date changes only when the chair agrees.`
  if (route === 'agreed') return 'As the board’s chair, your new date takes effect at once and is recorded as agreed by you.'
  return 'The plan is still a draft, so the due date simply changes.'
}

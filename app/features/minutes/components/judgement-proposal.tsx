import { Link } from 'react-router'
import type { MinutesProposal } from '@/contract/minutes'
import { pageUrls } from '@/lib/page-urls'
import type { Outcome } from '../review-state'
import { ProposalDecision, ProposalItem } from './proposal-item'

interface JudgementProposalProps {
  number: number
  proposal: MinutesProposal
  outcome: Outcome | undefined
  meetings: ReadonlyArray<{ id: string; date: string }>
  /** The inspection the board's plan answers, where its judgements are recorded; null when none is linked. */
  inspectionId: string | null
  decide: (outcome: Outcome | null) => void
}

/**
 * A judgement the minutes quote: shown with its grade, never saved from here. An inspection's
 * grades are the inspection's record, so the way on is to check them there.
 */
export function JudgementProposal({ number, proposal, outcome, meetings, inspectionId, decide }: JudgementProposalProps) {
  return (
    <ProposalItem number={number} proposal={proposal} outcome={outcome} meetings={meetings}>
      <ProposalDecision
        name={`the judgement: ${proposal.title}`}
        outcome={outcome}
        acceptable={false}
        does={
          <p className="govuk-body">
            Nothing is saved from a judgement: an inspection’s grades are recorded with the inspection.{' '}
            <Link className="govuk-link" to={inspectionId ? pageUrls.inspection(inspectionId) : pageUrls.inspections}>
              {inspectionId ? 'Check the grades recorded for the inspection the board’s plan answers' : 'Check the grades recorded for the inspections'}
            </Link>
            .
          </p>
        }
        missing={null}
        editing={false}
        pending={false}
        onAccept={() => undefined}
        onEdit={() => undefined}
        onReject={() => decide({ state: 'rejected' })}
        onUndo={() => decide(null)}
        fields={null}
      />
    </ProposalItem>
  )
}

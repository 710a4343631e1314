import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { MinutesProposal } from '@/contract/minutes'
import { gradeLabels } from '@/contract/frameworks'
import { recurrenceLabels } from '@/contract/reports'
import { SummaryList, type SummaryRow } from '@/components/summary-list'
import { pageUrls } from '@/lib/page-urls'
import { proposalDueInWords, proposalKindLabels } from '../accepting'
import type { Outcome } from '../review-state'

interface ProposalItemProps {
  number: number
  proposal: MinutesProposal
  outcome: Outcome | undefined
  /** The board's meetings, to name a due meeting's date. */
  meetings: ReadonlyArray<{ id: string; date: string }>
  /** What accepting would make of it, after the proposal's own details (the person it was matched to); not shown once accepted. */
  rows?: SummaryRow[]
  children: ReactNode
}

const outcomeTags = {
  open: { label: 'To decide', className: 'govuk-tag--grey' },
  // Nothing is saved from a judgement: it is there to be checked against the inspection's record.
  check: { label: 'To check', className: 'govuk-tag--grey' },
  accepted: { label: 'Accepted', className: 'govuk-tag--green' },
  rejected: { label: 'Rejected', className: 'govuk-tag--red' },
} as const

/** One proposal: what it is, its status in words, the sentence of the minutes it came from, its details, then what can be done with it. */
export function ProposalItem({ number, proposal, outcome, meetings, rows = [], children }: ProposalItemProps) {
  const tag = outcomeTags[outcome?.state ?? (proposal.kind === 'judgement' ? 'check' : 'open')]
  const owner = proposal.owner ?? 'Not named'
  const details: SummaryRow[] =
    proposal.kind === 'judgement'
      ? [{ key: 'Grade', value: proposal.grade ? gradeLabels[proposal.grade] : 'Not given' }]
      : [
          { key: proposal.kind === 'commitment' ? 'Deadline' : 'When due', value: proposalDueInWords(proposal.due, meetings) },
          ...(proposal.kind === 'report' || proposal.recurrence !== 'none' ? [{ key: 'How often', value: recurrenceLabels[proposal.recurrence] }] : []),
          { key: proposal.kind === 'report' ? 'Author as written' : 'Owner as written', value: owner },
        ]
  return (
    <li className="app-proposal">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
        <span className="govuk-caption-m">
          {number}. {proposalKindLabels[proposal.kind]}
        </span>
        {proposal.title}
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-3">
        <strong className={`govuk-tag ${tag.className}`}>{tag.label}</strong>
      </p>
      <figure className="app-proposal__source">
        <figcaption className="govuk-body-s govuk-!-margin-bottom-1 app-secondary-text">From the minutes</figcaption>
        <blockquote className="govuk-inset-text govuk-!-margin-top-0 app-pre-wrap">{proposal.source.text}</blockquote>
      </figure>
      {/* Once accepted, the link to what was made says what was saved: the fields, back at the proposal's, would not. */}
      <SummaryList rows={outcome?.state === 'accepted' ? details : [...details, ...rows]} />
      {children}
    </li>
  )
}

interface ProposalDecisionProps {
  /** The proposal's kind and title, for the buttons' hidden text: every "Accept" on the page names its own. */
  name: string
  outcome: Outcome | undefined
  /** What accepting does, in a sentence. */
  does: ReactNode
  /** What must still be chosen before it can be accepted ("the author"), or null. */
  missing: string | null
  /** False where it cannot be accepted here (a judgement; a commitment with no plan to put it in). */
  acceptable?: boolean
  editing: boolean
  pending: boolean
  onAccept: () => void
  onEdit: () => void
  onReject: () => void
  onUndo: () => void
  /** The fields, shown while editing: a form whose submit accepts. */
  fields: ReactNode
}

const madeWords = { report: 'Report requested', action: 'Action added to the action log', milestone: 'Milestone added to the plan' } as const
const madeUrl = { report: pageUrls.report, action: pageUrls.action, milestone: pageUrls.milestone } as const

/**
 * What can be done with a proposal: accept it as it stands, edit it first, or reject it; once
 * decided, what it made (with a link) or that it was rejected (with an undo). Focus follows the
 * person: to the result when they decide, to the fields when they choose to edit.
 */
export function ProposalDecision({ name, outcome, does, missing, acceptable = true, editing, pending, onAccept, onEdit, onReject, onUndo, fields }: ProposalDecisionProps) {
  const result = useRef<HTMLParagraphElement>(null)
  const controls = useRef<HTMLButtonElement>(null)
  const form = useRef<HTMLDivElement>(null)
  const seen = useRef(outcome?.state)
  const wantsFields = useRef(false)

  useEffect(() => {
    if (seen.current === outcome?.state) return
    seen.current = outcome?.state
    ;(outcome ? result.current : controls.current)?.focus()
  }, [outcome])
  const wasEditing = useRef(editing)
  useEffect(() => {
    if (editing && wantsFields.current) form.current?.focus()
    // Fields put away unaccepted: back to the buttons that opened them.
    if (!editing && wasEditing.current) controls.current?.focus()
    wantsFields.current = false
    wasEditing.current = editing
  }, [editing])

  const hidden = <span className="govuk-visually-hidden"> {name}</span>

  if (outcome?.state === 'accepted') {
    return (
      <p className="govuk-body" ref={result} tabIndex={-1}>
        {madeWords[outcome.made]}:{' '}
        <Link className="govuk-link" to={madeUrl[outcome.made](outcome.id)}>
          {outcome.title}
        </Link>
      </p>
    )
  }
  if (outcome?.state === 'rejected') {
    return (
      <div className="app-proposal__controls">
        <p className="govuk-body" ref={result} tabIndex={-1}>
          Rejected: nothing is saved from it.
        </p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onUndo}>
          Undo<span className="govuk-visually-hidden"> rejecting {name}</span>
        </button>
      </div>
    )
  }

  const reject = (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={onReject} disabled={pending}>
      Reject{hidden}
    </button>
  )
  if (!acceptable) {
    return (
      <>
        <div className="govuk-body">{does}</div>
        <div className="govuk-button-group app-proposal__controls">{reject}</div>
      </>
    )
  }
  if (editing) {
    return (
      <div className="app-proposal__fields" ref={form} tabIndex={-1} aria-label={`Change${name ? ` ${name}` : ''} before accepting`} role="group">
        <p className="govuk-body">{does}</p>
        {fields}
      </div>
    )
  }
  return (
    <>
      <p className="govuk-body">{does}</p>
      {missing ? <p className="govuk-body">To accept it, first choose {missing}.</p> : null}
      <div className="govuk-button-group app-proposal__controls">
        {missing ? (
          <button
            ref={controls}
            type="button"
            className="govuk-button"
            onClick={() => {
              wantsFields.current = true
              onEdit()
            }}
          >
            Choose and accept{hidden}
          </button>
        ) : (
          <>
            <button ref={controls} type="button" className="govuk-button" onClick={onAccept} disabled={pending}>
              {pending ? 'Saving…' : 'Accept'}
              {hidden}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                wantsFields.current = true
                onEdit()
              }}
              disabled={pending}
            >
              Edit{hidden}
            </button>
          </>
        )}
        {reject}
      </div>
    </>
  )
}

/** The buttons under a proposal's fields: accept as edited, put the fields away (the edits are kept), or reject it. */
export function EditingButtons({ name, pending, onStop, onReject }: { name: string; pending: boolean; onStop: () => void; onReject: () => void }) {
  return (
    <div className="govuk-button-group app-proposal__controls">
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? 'Saving…' : 'Accept'}
        <span className="govuk-visually-hidden"> {name}</span>
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onStop} disabled={pending}>
        Stop editing<span className="govuk-visually-hidden"> {name}</span>
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onReject} disabled={pending}>
        Reject<span className="govuk-visually-hidden"> {name}</span>
      </button>
    </div>
  )
}

import { Link } from 'react-router'
import type { ReactNode } from 'react'
import type { DateChange } from '@/contract/date-changes'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Plan } from '@/contract/plans'
import { SummaryList } from '@/components/summary-list'
import { milestoneStatusLabel } from '@/domain/milestone-status'
import { formatDate, formatInstant } from '@/lib/dates'
import { countOf } from '@/lib/plural'

interface MilestoneSummaryProps {
  milestone: Milestone
  plan: Plan
  people: Person[]
  /** Each recommendation it answers: where it is, what to call it, what it says. */
  recommendations: Array<{ id: string; href: string; label: string; text: string }>
  /** The proposal awaiting the chair, if any. */
  proposal: DateChange | undefined
  themeTitle: string | undefined
  planLink: ReactNode
}

/** A milestone's facts: both its dates (the baseline and the current due date), its status and sign-off, and what it answers. */
export function MilestoneSummary({ milestone, plan, people, recommendations, proposal, themeTitle, planLink }: MilestoneSummaryProps) {
  const name = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? 'Unknown person'
  const days = (count: number) => `${countOf(count, 'day', 'days')}`
  return (
    <SummaryList
      rows={[
        { key: 'Owner', value: name(milestone.ownerId) },
        { key: 'Due date', value: formatDate(milestone.dueDate) },
        {
          key: 'Baseline due date',
          value: milestone.baselineDueDate
            ? `${formatDate(milestone.baselineDueDate)}, agreed with the plan${plan.agreedOn ? ` on ${formatDate(plan.agreedOn)}` : ''}`
            : 'None yet: the plan is a draft, and the due date becomes the baseline when the plan is agreed',
        },
        ...(milestone.baselineDueDate
          ? [{ key: 'Slipped', value: milestone.slipped ? `${days(milestone.slippedDays)} past the baseline` : 'No' }]
          : []),
        ...(proposal
          ? [
              {
                key: 'New date proposed',
                value: `${formatDate(proposal.toDate)}, proposed by ${name(proposal.proposedById)} on ${formatInstant(proposal.proposedAt)}: awaiting the board chair`,
              },
            ]
          : []),
        { key: 'Status', value: milestoneStatusLabel(milestone) },
        ...(milestone.completedOn ? [{ key: 'Completed', value: formatDate(milestone.completedOn) }] : []),
        ...(milestone.signOff === 'signed-off' && milestone.signedOffOn
          ? [{ key: 'Signed off', value: `${formatDate(milestone.signedOffOn)}${milestone.signedOffById ? ` by ${name(milestone.signedOffById)}` : ''}` }]
          : []),
        ...(milestone.closedOn
          ? [{ key: 'Closed', value: <span className="app-pre-wrap">{`${formatDate(milestone.closedOn)}: ${milestone.closedReason ?? ''}`}</span> }]
          : []),
        { key: 'Theme', value: themeTitle ?? 'None' },
        { key: 'Plan', value: planLink },
        {
          key: 'Answers recommendations',
          value:
            recommendations.length === 0 ? (
              'None'
            ) : (
              <ul className="govuk-list">
                {recommendations.map((rec) => (
                  <li key={rec.id}>
                    <Link className="govuk-link" to={rec.href}>
                      {rec.label}
                    </Link>
                    : {rec.text}
                  </li>
                ))}
              </ul>
            ),
        },
        { key: 'Partner agencies', value: milestone.partners.length ? milestone.partners.join(', ') : 'None' },
        ...(milestone.description ? [{ key: 'Description', value: <span className="app-pre-wrap">{milestone.description}</span> }] : []),
        { key: 'Last update', value: formatInstant(milestone.lastUpdatedAt) },
      ]}
    />
  )
}

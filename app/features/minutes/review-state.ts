import { useRef } from 'react'
import { z } from 'zod'
import { minutesProposalsSchema, type MinutesProposal } from '@/contract/minutes'
import { draftStorageKey, useDraft } from '@/lib/use-draft'
import { useActingAsStore } from '@/stores/acting-as-store'

/** What the person decided about one proposal: accepted (and what it made), or rejected. */
export const outcomeSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('accepted'), made: z.enum(['report', 'action', 'milestone']), id: z.string(), title: z.string() }),
  z.object({ state: z.literal('rejected') }),
])
export type Outcome = z.infer<typeof outcomeSchema>

interface Review {
  /** The proposals last found in the minutes, or null before any were. */
  proposals: unknown
  /** By proposal key (see `keyed`): kept when the minutes are read again, so nothing is accepted twice by mistake. */
  outcomes: Record<string, unknown>
}

/** Every draft of one meeting's minutes, kept per person: the text, the proposals, and each proposal's edits. */
const draftPrefix = (meetingId: string) => `minutes:${meetingId}`
export const minutesTextDraftKey = (meetingId: string) => `${draftPrefix(meetingId)}:text`
export const proposalDraftKey = (meetingId: string, key: string) => `${draftPrefix(meetingId)}:proposal:${key}`

/**
 * The proposals found in a meeting's minutes and what the person decided about each, kept as a
 * draft so a reload (or coming back another day) finds them as they were. What is read back from
 * storage is checked, so a draft from an older release is dropped rather than trusted.
 */
export function useMinutesReview(meetingId: string) {
  const [review, setReview, clearReview] = useDraft<Review>(`${draftPrefix(meetingId)}:review`, { proposals: null, outcomes: {} })
  // Two decisions in one moment (a save ending as another is made) both count: each builds on the latest.
  const latest = useRef(review)
  latest.current = review
  const update = (next: Review) => {
    latest.current = next
    setReview(next)
  }
  const personId = useActingAsStore((state) => state.personId)

  const parsed = minutesProposalsSchema.safeParse(review.proposals)
  const proposals: MinutesProposal[] | null = review.proposals !== null && parsed.success ? parsed.data : null
  const outcomes: Record<string, Outcome> = {}
  for (const [key, value] of Object.entries(review.outcomes ?? {})) {
    const outcome = outcomeSchema.safeParse(value)
    if (outcome.success) outcomes[key] = outcome.data
  }

  return {
    proposals,
    outcomes,
    /** New proposals from the minutes; what was decided about the same sentences before stays. */
    found: (next: MinutesProposal[]) => update({ ...latest.current, proposals: next }),
    /** Records a decision; null takes one back (a rejection undone). */
    decide: (key: string, outcome: Outcome | null) => {
      const { [key]: _dropped, ...rest } = latest.current.outcomes ?? {}
      update({ ...latest.current, outcomes: outcome ? { ...rest, [key]: outcome } : rest })
    },
    /** Forgets these minutes: the text, the proposals, the decisions and every proposal's edits. */
    forget: () => {
      clearReview()
      forgetDrafts(draftStorageKey(personId, draftPrefix(meetingId)))
    },
  }
}

function forgetDrafts(prefix: string): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter((key): key is string => key?.startsWith(`${prefix}:`) ?? false)
    for (const key of keys) localStorage.removeItem(key)
  } catch {
    // Storage blocked: there is nothing kept to forget.
  }
}

import { http } from 'msw'
import { closeMilestoneInputSchema, signOffInputSchema } from '@/contract/milestones'
import type { StoredMilestone } from '@/contract/stored'
import { ragBeforeComplete } from '@/domain/milestone-lifecycle'
import { isAwaitingSignOff } from '@/domain/milestone-status'
import { mayCloseMilestone, maySignOffMilestone } from '@/domain/permissions'
import { todayIso } from '@/domain/today'
import { write } from '../db/store'
import { answer, checkIfMatch, enforce, json, problems, readBody } from './http'
import { addEntry, milestoneContext, nextEntryInstant, refuseIfClosed, withFlagsOne } from './milestone-store'
import { route } from './paths'


/** How a milestone ends: the board chair signs a completion off (or sends it back), or closes it with a reason. */
export const milestoneOutcomeHandlers = [
  http.post(route('/milestones/:id/sign-off'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, signOffInputSchema)
      return write(async (tx) => {
        const { milestone, person, board } = await milestoneContext(tx, String(params.id), request)
        enforce(maySignOffMilestone(person, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        refuseIfClosed(milestone, 'sign-off')
        if (!isAwaitingSignOff(milestone)) {
          throw problems.conflict(
            milestone.rag === 'blue' ? 'This completion is already signed off.' : 'Nothing awaits sign-off: the milestone is not marked Complete.',
          )
        }
        let next: StoredMilestone
        if (input.decision === 'signed-off') {
          next = { ...milestone, signOff: 'signed-off', signedOffById: person.id, signedOffOn: todayIso(), version: milestone.version + 1 }
        } else {
          // Back to the status it had before it was marked Complete; the owner updates it again.
          const history = await tx.milestoneUpdates.where('milestoneId', milestone.id)
          next = {
            ...milestone,
            rag: ragBeforeComplete(history),
            completedOn: null,
            signOff: null,
            signedOffById: null,
            signedOffOn: null,
            lastUpdatedAt: await nextEntryInstant(tx, milestone.id),
            version: milestone.version + 1,
          }
        }
        const update = await addEntry(tx, next, {
          kind: input.decision,
          authorId: person.id,
          fromRag: 'blue',
          commentary: input.decision === 'sent-back' ? input.reason : '',
        })
        await tx.milestones.put(next)
        return json({ update, milestone: await withFlagsOne(tx, next) }, { version: next.version })
      })
    }),
  ),

  http.post(route('/milestones/:id/close'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, closeMilestoneInputSchema)
      return write(async (tx) => {
        const { milestone, person, board } = await milestoneContext(tx, String(params.id), request)
        enforce(mayCloseMilestone(person, board))
        checkIfMatch(request, milestone, await withFlagsOne(tx, milestone))
        refuseIfClosed(milestone, 'changes')
        const next: StoredMilestone = { ...milestone, closedOn: todayIso(), closedReason: input.reason, version: milestone.version + 1 }
        // A proposal still awaiting the chair ends with the milestone: refused, and the history says why.
        const open = (await tx.dateChanges.where('milestoneId', milestone.id)).filter((change) => change.status === 'proposed')
        for (const change of open) {
          const entry = await addEntry(tx, next, {
            kind: 'date-refused',
            authorId: person.id,
            commentary: 'Not decided: the milestone was closed.',
            revisedDueDate: change.toDate,
            dateChangeId: change.id,
          })
          await tx.dateChanges.put({
            ...change,
            status: 'refused',
            decidedById: person.id,
            decidedAt: entry.at,
            decisionNote: 'Not decided: the milestone was closed.',
            version: change.version + 1,
          })
        }
        await addEntry(tx, next, { kind: 'closed', authorId: person.id, commentary: input.reason })
        await tx.milestones.put(next)
        return json(await withFlagsOne(tx, next), { version: next.version })
      })
    }),
  ),
]

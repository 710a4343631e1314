import { http } from 'msw'
import { createPlanImportInputSchema, MAX_PLAN_THEMES, type PlanImportResult } from '@/contract/imports'
import type { FieldError } from '@/contract/problem'
import type { StoredMilestone, StoredMilestoneUpdate, StoredPerson, StoredPlan, StoredPlanImport } from '@/contract/stored'
import { mayImportIntoPlan, mayOwnMilestones } from '@/domain/permissions'
import { matchKey, repeatImportMessage } from '@/domain/plan-import'
import { milestoneProblems, recordsFrom } from '@/domain/record-rules'
import { ragLabels, needsRecoveryAction, type Rag } from '@/contract/rag'
import { read, write } from '../db/store'
import { actingPerson, answer, enforce, json, newId, nowInstant, parseJson, parseWith, problems, readText } from './http'
import { recordPersonChanges } from './person-changes'
import { route } from './paths'

/** A spreadsheet of a thousand rows with long commentary runs to megabytes: more room than other writes get. */
const MAX_IMPORT_BODY_BYTES = 16_000_000

async function readImport(request: Request) {
  const text = await readText(request, MAX_IMPORT_BODY_BYTES, 'The import is too large: bring the spreadsheet in as two or more smaller files.')
  return parseWith(createPlanImportInputSchema, parseJson(text))
}

/** What the milestone's history says about where an imported status came from: the file, and what it did not say. */
function statusCommentary(fileName: string, rag: Rag, row: { commentary?: string | undefined; recoveryAction?: string | undefined }): string {
  const source = `Imported from the spreadsheet “${fileName}”`
  const parts = [row.commentary ? `${source}: ${row.commentary}` : `${source}, which gave the status ${ragLabels[rag]} and no commentary.`]
  if (needsRecoveryAction(rag) && !row.recoveryAction) parts.push('The spreadsheet gave no recovery action: the owner should record one.')
  if (rag === 'blue') parts.push('Complete in the spreadsheet: awaiting the board chair’s sign-off.')
  return parts.join(' ')
}

/** Instants `offset` milliseconds after `at`, so a milestone's history keeps its order. */
const after = (at: string, offset: number) => new Date(Date.parse(at) + offset).toISOString()

export const planImportHandlers = [
  http.get(route('/plans/:id/imports'), ({ params }) =>
    answer(async () =>
      read(async (tx) => {
        const plan = await tx.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        const imports = await tx.planImports.where('planId', plan.id)
        return json(imports.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || b.id.localeCompare(a.id)))
      }),
    ),
  ),

  http.post(route('/plans/:id/imports'), ({ request, params }) =>
    answer(async () => {
      const input = await readImport(request)
      return write(async (tx) => {
        const plan = await tx.plans.get(String(params.id))
        if (!plan) throw problems.notFound('plan')
        const board = await tx.boards.get(plan.boardId)
        const importer = await actingPerson(tx, request)
        enforce(mayImportIntoPlan(importer, board))
        if (!board) throw problems.notFound('board')

        const earlier = (await tx.planImports.where('fileHash', input.fileHash)).filter((record) => record.planId === plan.id)
        const latest = earlier.sort((a, b) => a.importedAt.localeCompare(b.importedAt)).at(-1)
        if (latest && !input.confirmRepeat) {
          const by = await tx.people.get(latest.importedById)
          throw problems.conflict(repeatImportMessage(latest, by?.name ?? 'someone no longer known'))
        }

        // Check everything first: a single problem anywhere and nothing is written.
        const errors: FieldError[] = []
        const everyone = await tx.people.all()
        const byEmail = new Map(everyone.flatMap((person) => (person.email ? [[person.email.toLowerCase(), person] as const] : [])))
        const newPeople = new Map<string, StoredPerson>()
        const newEmails = new Map<string, number>()
        input.newPeople.forEach((fields, index) => {
          if (fields.email) {
            const existing = byEmail.get(fields.email)
            if (existing) errors.push({ path: `newPeople.${index}.email`, message: `${existing.name} already has the email address ${fields.email}: match the owner to them instead` })
            else if (newEmails.has(fields.email)) errors.push({ path: `newPeople.${index}.email`, message: 'Two new people have the same email address' })
            newEmails.set(fields.email, index)
          }
          newPeople.set(fields.key, { id: newId('person'), name: fields.name, jobTitle: fields.jobTitle, role: 'director', email: fields.email, isAdmin: false, active: true, version: 1 })
        })

        const people = new Map(everyone.map((person) => [person.id, person]))
        const ownerOf = (row: (typeof input.rows)[number]) => (row.ownerId !== undefined ? people.get(row.ownerId) : newPeople.get(row.newOwnerKey ?? ''))

        // Themes by title, in any case and spacing: the plan's own, then new ones in the order the file names them.
        const themes = [...plan.themes]
        const themeByKey = new Map(themes.map((theme) => [matchKey(theme.title), theme]))
        const themesCreated: StoredPlan['themes'] = []
        const themeIds = input.rows.map((row, index) => {
          const key = matchKey(row.theme)
          let theme = themeByKey.get(key)
          if (!theme) {
            if (themes.length >= MAX_PLAN_THEMES) {
              errors.push({ path: `rows.${index}.theme`, message: `The plan would have more than ${MAX_PLAN_THEMES} themes: put “${row.theme}” under one of its themes` })
              return ''
            }
            theme = { id: newId('theme'), title: row.theme }
            themes.push(theme)
            themesCreated.push(theme)
            themeByKey.set(key, theme)
          }
          return theme.id
        })
        const nextPlan: StoredPlan = themesCreated.length > 0 ? { ...plan, themes, version: plan.version + 1 } : plan

        const at = nowInstant()
        const records = recordsFrom({ plans: [nextPlan], people: [...everyone, ...newPeople.values()] })
        const milestones: StoredMilestone[] = []
        const updates: StoredMilestoneUpdate[] = []
        input.rows.forEach((row, index) => {
          const owner = ownerOf(row)
          if (row.ownerId !== undefined && owner && (!owner.active || !mayOwnMilestones(owner))) {
            errors.push({ path: `rows.${index}.ownerId`, message: owner.active ? `${owner.name} is not a director or head of service, so may not own milestones` : `${owner.name} has been deactivated: choose someone else` })
          }
          const milestone: StoredMilestone = {
            id: newId('milestone'),
            planId: plan.id,
            themeId: themeIds[index] ?? '',
            title: row.title,
            ownerId: owner?.id ?? row.ownerId ?? '',
            dueDate: row.dueDate,
            // As POST /api/milestones: a milestone added to an agreed plan is agreed as added.
            baselineDueDate: plan.status === 'agreed' ? row.dueDate : null,
            rag: row.rag,
            // A Complete brought in from a file is not signed off: the chair signs it off in the app.
            signOff: row.rag === 'blue' ? 'awaiting' : null,
            signedOffById: null,
            signedOffOn: null,
            closedOn: null,
            closedReason: null,
            recommendationIds: [],
            partners: [],
            createdAt: at,
            lastUpdatedAt: at,
            // The file does not say when it was completed; the app does not make a day up.
            completedOn: null,
            version: 1,
          }
          if (themeIds[index]) {
            for (const found of milestoneProblems(milestone, records)) {
              const path = `rows.${index}.${found.path}`
              // An owner already refused above is reported once.
              if (!errors.some((error) => error.path === path)) errors.push({ path, message: found.message })
            }
          }
          milestones.push(milestone)
          updates.push({
            id: newId('update'),
            milestoneId: milestone.id,
            kind: 'created',
            at,
            authorId: importer.id,
            fromRag: null,
            rag: 'not-started',
            commentary: `Added to the improvement plan from the spreadsheet “${input.fileName}” (row ${row.sheetRow}).`,
            changes: [],
          })
          if (row.rag !== 'not-started' || row.commentary || row.recoveryAction || row.evidence) {
            const statusAt = after(at, 1)
            milestone.lastUpdatedAt = statusAt
            updates.push({
              id: newId('update'),
              milestoneId: milestone.id,
              kind: 'status',
              at: statusAt,
              authorId: importer.id,
              fromRag: 'not-started',
              rag: row.rag,
              commentary: statusCommentary(input.fileName, row.rag, row),
              ...(row.recoveryAction ? { recoveryAction: row.recoveryAction } : {}),
              ...(row.evidence ? { evidence: row.evidence } : {}),
              changes: [],
            })
          }
        })
        if (errors.length > 0) throw problems.validation(errors, 'Nothing was imported: some rows or new people are not right.')

        // Every owner of an imported milestone is an officer of the plan's board, as milestone owners are.
        const officerIds = new Set(board.officerIds)
        const officersAdded = [...new Set(milestones.map((milestone) => milestone.ownerId))].filter((id) => !officerIds.has(id))
        const record: StoredPlanImport = {
          id: newId('import'),
          planId: plan.id,
          fileName: input.fileName,
          fileHash: input.fileHash,
          rowCount: milestones.length,
          importedById: importer.id,
          importedAt: at,
          version: 1,
        }
        const created = [...newPeople.values()]
        if (created.length > 0) await tx.people.addMany(created)
        if (nextPlan !== plan) await tx.plans.put(nextPlan)
        const boardAfter = { ...board, officerIds: [...board.officerIds, ...officersAdded], version: board.version + 1 }
        if (officersAdded.length > 0) await tx.boards.put(boardAfter)
        await recordPersonChanges(tx, importer.id, {
          people: created.map((person) => ({ before: null, after: person })),
          boards: officersAdded.length > 0 ? [{ before: board, after: boardAfter }] : [],
        })
        await tx.milestones.addMany(milestones)
        await tx.milestoneUpdates.addMany(updates)
        await tx.planImports.add(record)

        const named = (id: string) => ({ id, name: records.person(id)?.name ?? id })
        const dueDates = milestones.map((milestone) => milestone.dueDate).sort()
        const result: PlanImportResult = {
          import: record,
          milestonesCreated: milestones.length,
          statusUpdatesCreated: updates.length - milestones.length,
          themesCreated: themesCreated.map(({ id, title }) => ({ id, title })),
          peopleCreated: created.map((person) => named(person.id)),
          officersAdded: officersAdded.map(named),
          firstDueDate: dueDates[0]!,
          lastDueDate: dueDates.at(-1)!,
        }
        return json(result, { status: 201, version: 1, headers: { Location: `/api/plans/${plan.id}/imports` } })
      })
    }),
  ),
]

// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { planImportResultSchema, planImportSchema, type CreatePlanImportInput } from '@/contract/imports'
import { milestoneSchema, milestoneUpdateSchema } from '@/contract/milestones'
import { failNextWrite } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY, storedData } from '../testing/api'

const PLAN = 'plan-northshire'
const path = (planId = PLAN) => `/api/plans/${planId}/imports`
const hash = (digit: string) => digit.repeat(64)

/** Three rows as the import page sends them: an existing theme in other case, a new theme, a new person. */
function anImport(overrides: Partial<CreatePlanImportInput> = {}): CreatePlanImportInput {
  return {
    fileName: 'Northshire RAG tracker.xlsx',
    fileHash: hash('a'),
    rows: [
      { sheetRow: 5, theme: 'performance MANAGEMENT  and data', title: 'Monthly performance clinic for team managers', ownerId: 'p-performance', dueDate: '2027-01-31', rag: 'green', commentary: 'Three clinics held.' },
      { sheetRow: 6, theme: 'Early help', title: 'Early help strategy refreshed with partners', newOwnerKey: 'jo bloggs', dueDate: '2027-03-31', rag: 'amber', commentary: 'Partners yet to sign.' },
      { sheetRow: 7, theme: 'Early help', title: 'Family hubs open in every district', ownerId: 'p-dcs', dueDate: '2027-09-30', rag: 'not-started' },
      { sheetRow: 8, theme: 'Early help', title: 'Early help assessment tool launched', ownerId: 'p-dcs', dueDate: '2026-10-31', rag: 'blue', commentary: 'Launched at the practice week.' },
    ],
    newPeople: [{ key: 'jo bloggs', name: 'Jo Bloggs', jobTitle: 'Head of Early Help', email: 'jo.bloggs@northshire.gov.uk' }],
    ...overrides,
  }
}

async function counts() {
  const data = await storedData()
  return {
    people: data.people.length,
    milestones: data.milestones.length,
    updates: data.milestoneUpdates.length,
    imports: data.planImports.length,
    plan: data.plans.find((plan) => plan.id === PLAN),
    board: data.boards.find((board) => board.id === 'board-improvement'),
  }
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

describe('POST /api/plans/:id/imports', () => {
  it('brings every row in at once: themes by title, a new person as an officer, milestones with their status and history', async () => {
    const before = await counts()
    const response = await call('POST', path(), { as: CHAIR, body: anImport() })
    expect(response.status, JSON.stringify(response.json)).toBe(201)
    const result = planImportResultSchema.parse(response.json)
    expect(result).toMatchObject({
      milestonesCreated: 4,
      statusUpdatesCreated: 3,
      themesCreated: [{ title: 'Early help' }],
      peopleCreated: [{ name: 'Jo Bloggs' }],
      firstDueDate: '2026-10-31',
      lastDueDate: '2027-09-30',
      import: { planId: PLAN, fileName: 'Northshire RAG tracker.xlsx', fileHash: hash('a'), rowCount: 4, importedById: CHAIR },
    })
    const jo = result.peopleCreated[0]!
    // Helen Okafor is already an officer of the board; Sarah Whitfield too; Jo Bloggs becomes one.
    expect(result.officersAdded).toEqual([jo])

    const after = await counts()
    expect(after.people).toBe(before.people + 1)
    expect(after.milestones).toBe(before.milestones + 4)
    expect(after.updates).toBe(before.updates + 4 + 3)
    expect(after.imports).toBe(1)
    expect(after.plan!.themes.map((theme) => theme.title)).toEqual([...before.plan!.themes.map((theme) => theme.title), 'Early help'])
    expect(after.plan!.version).toBe(before.plan!.version + 1)
    expect(after.board!.officerIds).toEqual([...before.board!.officerIds, jo.id])

    const person = (await call('GET', `/api/people/${jo.id}`)).json
    expect(person).toMatchObject({ name: 'Jo Bloggs', jobTitle: 'Head of Early Help', role: 'director', isAdmin: false, active: true, email: 'jo.bloggs@northshire.gov.uk' })
    // Adding her and seating her as an officer is recorded as the chair's change.
    expect((await call('GET', `/api/people/${jo.id}/changes`)).json).toMatchObject([
      { byId: CHAIR, changes: [{ field: 'role', from: null, to: 'director' }, { field: 'board', boardId: 'board-improvement', from: null, to: 'officer' }] },
    ])

    const milestones = z.array(milestoneSchema).parse((await call('GET', `/api/milestones?planId=${PLAN}`)).json)
    const clinic = milestones.find((milestone) => milestone.title === 'Monthly performance clinic for team managers')!
    expect(clinic).toMatchObject({ themeId: 'theme-performance', ownerId: 'p-performance', rag: 'green', dueDate: '2027-01-31', baselineDueDate: '2027-01-31', signOff: null })
    const strategy = milestones.find((milestone) => milestone.title === 'Early help strategy refreshed with partners')!
    expect(strategy).toMatchObject({ ownerId: jo.id, rag: 'amber', themeId: result.themesCreated[0]!.id })
    const tool = milestones.find((milestone) => milestone.title === 'Early help assessment tool launched')!
    // Not self-certified by a file: Complete awaits the chair's sign-off, and no completion day is made up.
    expect(tool).toMatchObject({ rag: 'blue', signOff: 'awaiting', completedOn: null, completedLate: false, overdue: false })

    const history = z.array(milestoneUpdateSchema).parse((await call('GET', `/api/milestones/${strategy.id}/updates`)).json)
    expect(history.map((entry) => [entry.kind, entry.authorId, entry.fromRag, entry.rag])).toEqual([
      ['status', CHAIR, 'not-started', 'amber'],
      ['created', CHAIR, null, 'not-started'],
    ])
    expect(history[1]!.commentary).toBe('Added to the improvement plan from the spreadsheet “Northshire RAG tracker.xlsx” (row 6).')
    expect(history[0]!.commentary).toBe(
      'Imported from the spreadsheet “Northshire RAG tracker.xlsx”: Partners yet to sign. The spreadsheet gave no recovery action: the owner should record one.',
    )
    expect(history[0]!.recoveryAction).toBeUndefined()
    // A milestone not started, with nothing said of it, has its creation only.
    const hubs = milestones.find((milestone) => milestone.title === 'Family hubs open in every district')!
    expect((await call('GET', `/api/milestones/${hubs.id}/updates`)).json).toHaveLength(1)

    const listed = await call('GET', path())
    expect(listed.status).toBe(200)
    expect(listed.json.map((each: unknown) => planImportSchema.parse(each))).toEqual([result.import])
  })

  it('gives milestones of a draft plan no baseline, as POST /api/milestones does', async () => {
    const plan = (await call('POST', '/api/plans', { as: CHAIR, body: { boardId: 'board-improvement', title: 'Early help plan', themes: [{ title: 'Early help' }] } })).json
    const response = await call('POST', path(plan.id), { as: CHAIR, body: anImport() })
    expect(response.status, JSON.stringify(response.json)).toBe(201)
    const milestones = (await call('GET', `/api/milestones?planId=${plan.id}`)).json
    expect(milestones).toHaveLength(4)
    for (const milestone of milestones) expect(milestone.baselineDueDate).toBeNull()
    // "Early help" was the draft's own theme; "Performance management and data" is new to it.
    expect(response.json.themesCreated.map((theme: { title: string }) => theme.title)).toEqual(['performance MANAGEMENT  and data'])
  })

  it('records the recovery action and evidence the file gave, and says when it gave no commentary', async () => {
    const body = anImport({
      rows: [
        { sheetRow: 2, theme: 'Early help', title: 'Front door redesign', ownerId: 'p-dcs', dueDate: '2027-01-31', rag: 'red', recoveryAction: 'Interim manager from January.' },
        { sheetRow: 3, theme: 'Early help', title: 'Threshold document agreed', ownerId: 'p-dcs', dueDate: '2026-09-30', rag: 'blue', evidence: 'Signed by the partnership on 3 September.' },
      ],
      newPeople: [],
    })
    const response = await call('POST', path(), { as: CHAIR, body })
    expect(response.status, JSON.stringify(response.json)).toBe(201)
    const milestones = (await call('GET', `/api/milestones?planId=${PLAN}&q=front door redesign`)).json
    const [status] = (await call('GET', `/api/milestones/${milestones[0].id}/updates`)).json
    expect(status).toMatchObject({
      rag: 'red',
      recoveryAction: 'Interim manager from January.',
      commentary: 'Imported from the spreadsheet “Northshire RAG tracker.xlsx”, which gave the status Off track and no commentary.',
    })
    const threshold = (await call('GET', `/api/milestones?planId=${PLAN}&q=threshold document`)).json
    const [complete] = (await call('GET', `/api/milestones/${threshold[0].id}/updates`)).json
    expect(complete).toMatchObject({ rag: 'blue', evidence: 'Signed by the partnership on 3 September.' })
    expect(complete.commentary).toContain('awaiting the board chair’s sign-off')
  })

  it('checks every row whole first: one bad row and nothing at all is written', async () => {
    const before = await counts()
    const rows = anImport().rows
    const body = anImport({
      rows: [
        ...rows,
        // Cllr David Ashworth is a member: no councillor owns a service milestone.
        { sheetRow: 9, theme: 'Early help', title: 'Youth offer reviewed', ownerId: MEMBER, dueDate: '2027-02-28', rag: 'green' },
        { sheetRow: 10, theme: 'Early help', title: 'Edge of care service commissioned', ownerId: 'p-nobody', dueDate: '2027-02-28', rag: 'green' },
      ],
    })
    const response = await call('POST', path(), { as: CHAIR, body })
    expect(response.status).toBe(400)
    expect(response.json.detail).toMatch(/^Nothing was imported/)
    expect(response.json.errors).toEqual([
      { path: 'rows.4.ownerId', message: 'Cllr David Ashworth is not a director or head of service, so may not own milestones' },
      { path: 'rows.5.ownerId', message: 'Select an owner: a director or head of service' },
    ])
    expect(await counts()).toEqual(before)
  })

  it('is one transaction: a write failing at the last step leaves the people, the plan, the board and the milestones as they were', async () => {
    const before = await counts()
    const restore = failNextWrite('planImports', 'add', new Error('disk on fire'))
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await call('POST', path(), { as: CHAIR, body: anImport() })
    restore()
    quiet.mockRestore()
    expect(response.status).toBe(500)
    expect(await counts()).toEqual(before)
  })

  it('refuses, by field, rows the contract refuses: a title too long, a date out of range, a status it does not know', async () => {
    const before = await counts()
    const [first, second] = anImport().rows
    const body = {
      ...anImport(),
      rows: [{ ...first, title: 'x'.repeat(201) }, { ...second, dueDate: '1999-12-31' }, { ...first, sheetRow: 12, rag: 'purple' }, { ...first, sheetRow: 13, ownerId: undefined }],
    }
    const response = await call('POST', path(), { as: CHAIR, body })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { path: string }) => error.path)).toEqual(['rows.0.title', 'rows.1.dueDate', 'rows.2.rag', 'rows.3.ownerId'])
    expect(await counts()).toEqual(before)
  })

  it('refuses new people the rows do not name, rows naming people not in the list, and an email already here', async () => {
    const [first] = anImport().rows
    const response = await call('POST', path(), {
      as: CHAIR,
      body: anImport({
        rows: [{ ...first!, ownerId: undefined, newOwnerKey: 'someone else' }],
        newPeople: [{ key: 'jo bloggs', name: 'Jo Bloggs', jobTitle: 'Head of Early Help', email: 'HELEN.okafor@northshire.gov.uk' }],
      }),
    })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { path: string }) => error.path)).toEqual(['rows.0.newOwnerKey', 'newPeople.0.key'])

    const taken = await call('POST', path(), {
      as: CHAIR,
      body: anImport({ newPeople: [{ key: 'jo bloggs', name: 'Jo Bloggs', jobTitle: 'Head of Early Help', email: 'HELEN.okafor@northshire.gov.uk' }] }),
    })
    expect(taken.status).toBe(400)
    expect(taken.json.errors).toEqual([
      { path: 'newPeople.0.email', message: 'Helen Okafor already has the email address helen.okafor@northshire.gov.uk: match the owner to them instead' },
    ])
    expect((await counts()).imports).toBe(0)
  })

  it('notices the same file imported twice (409 naming when and by whom) unless the chair confirms', async () => {
    expect((await call('POST', path(), { as: CHAIR, body: anImport() })).status).toBe(201)
    const before = await counts()
    const again = await call('POST', path(), { as: CHAIR, body: anImport() })
    expect(again.status).toBe(409)
    expect(again.json.detail).toBe(
      'This file was imported into this plan on 23 November 2026 by Dame Alison Hartley, as “Northshire RAG tracker.xlsx”. Importing it again adds its milestones a second time.',
    )
    expect(await counts()).toEqual(before)

    // The new person exists now: a repeat names them by id.
    const jo = (await call('GET', '/api/people')).json.find((person: { name: string }) => person.name === 'Jo Bloggs')
    const rows = anImport().rows.map((row) => (row.newOwnerKey ? { ...row, newOwnerKey: undefined, ownerId: jo.id } : row))
    const confirmed = await call('POST', path(), { as: CHAIR, body: anImport({ rows, newPeople: [], confirmRepeat: true }) })
    expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(201)
    expect(confirmed.json.themesCreated).toEqual([])
    expect((await counts()).milestones).toBe(before.milestones + 4)

    // Another file is another file; the same file into another plan is not a repeat.
    expect((await call('POST', path(), { as: CHAIR, body: anImport({ rows, newPeople: [], fileHash: hash('b') }) })).status).toBe(201)
    const other = (await call('POST', '/api/plans', { as: CHAIR, body: { boardId: 'board-improvement', title: 'Early help plan' } })).json
    expect((await call('POST', path(other.id), { as: CHAIR, body: anImport({ rows, newPeople: [] }) })).status).toBe(201)
    expect((await call('GET', path())).json).toHaveLength(3)
  })

  it('lets only the chair of the plan’s board import (403 with the reason); an unknown plan is 404', async () => {
    for (const as of [MEMBER, DIRECTOR, SCRUTINY_CHAIR]) {
      const response = await call('POST', path(), { as, body: anImport() })
      expect(response.status, as).toBe(403)
      expect(response.json.detail).toBe('Only the chair of Children’s Services Improvement Board may import a spreadsheet into its plan.')
    }
    expect((await call('POST', path(), { body: anImport() })).status).toBe(403)
    expect((await call('POST', path('plan-nope'), { as: CHAIR, body: anImport() })).status).toBe(404)
    expect((await call('GET', path('plan-nope'))).status).toBe(404)
    expect((await counts()).imports).toBe(0)
  })

  it('keeps a plan to 30 themes', async () => {
    const [first] = anImport().rows
    const rows = Array.from({ length: 24 }, (_, index) => ({ ...first!, sheetRow: index + 2, theme: `Theme ${index + 1}` }))
    const response = await call('POST', path(), { as: CHAIR, body: anImport({ rows, newPeople: [] }) })
    expect(response.status).toBe(400)
    // The plan has 7; the 24th new theme would be the 31st.
    expect(response.json.errors).toEqual([{ path: 'rows.23.theme', message: 'The plan would have more than 30 themes: put “Theme 24” under one of its themes' }])
  })

  it('answers other methods with 405 and what the path allows', async () => {
    const response = await call('DELETE', path(), { as: CHAIR })
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe('GET, POST')
  })

  it('refuses a body that is not JSON or is empty', async () => {
    expect((await call('POST', path(), { as: CHAIR, rawBody: '{' })).status).toBe(400)
    const empty = await call('POST', path(), { as: CHAIR, body: anImport({ rows: [] }) })
    expect(empty.status).toBe(400)
    expect(empty.json.errors[0]).toEqual({ path: 'rows', message: 'There are no milestones to import' })
  })
})

// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { AUDIT_PAGE_SIZE, auditPageSchema, type AuditEntry } from '@/contract/audit'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR } from '../testing/api'

/** Late on the demo's today, so what a test changes is the newest thing in the history. */
const NOW = new Date('2026-11-23T18:00:00.000Z')

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
  await loadDemoData(new Date('2026-11-23T09:00:00'))
  return () => vi.useRealTimers()
})

async function auditAs(as: string, query = '') {
  const response = await call('GET', `/api/audit${query}`, { as })
  expect(response.status, JSON.stringify(response.json)).toBe(200)
  return auditPageSchema.parse(response.json)
}

/** Every entry, following the pages to the oldest. */
async function everything(as: string, query = '') {
  const entries: AuditEntry[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const joiner: string = query ? '&' : '?'
    const page = await auditAs(as, cursor ? `${query}${joiner}cursor=${encodeURIComponent(cursor)}` : query)
    entries.push(...page.entries)
    cursor = page.nextCursor
    pages += 1
  } while (cursor && pages < 50)
  return { entries, pages }
}

const isNewestFirst = (entries: AuditEntry[]) => entries.every((entry, index) => index === 0 || Date.parse(entries[index - 1]!.at) >= Date.parse(entry.at))

describe('GET /api/audit', () => {
  it('gives an administrator everything, newest first, 100 a page, each page leading to the next with none repeated or skipped', async () => {
    const first = await auditAs(ADMIN)
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
    expect(first.nextCursor).not.toBeNull()
    const { entries, pages } = await everything(ADMIN)
    expect(pages).toBeGreaterThan(1)
    expect(isNewestFirst(entries)).toBe(true)
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
    const updates = await stored.milestoneUpdates.count()
    const reportEvents = (await stored.reports.toArray()).reduce((sum, report) => sum + report.history.length, 0)
    const actuals = (await stored.measureActuals.toArray()).reduce((sum, actual) => sum + 1 + actual.corrections.length, 0)
    const actions = (await stored.actions.toArray()).reduce((sum, action) => sum + 1 + Number(action.status === 'done'), 0)
    const packs = await stored.packs.count()
    // One plan, agreed.
    expect(entries.length).toBe(updates + reportEvents + actuals + actions + packs + (await stored.personChanges.count()) + 1)
    expect(entries.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['status-update', 'report-status', 'actual-recorded', 'person-changed', 'plan-agreed', 'date-agreed', 'action-recorded', 'action-done']),
    )
  })

  it('records the chair publishing a meeting’s pack, linking to the meeting', async () => {
    const published = await call('POST', '/api/meetings/meeting-improvement-2026-12-03/packs', { as: CHAIR, body: {} })
    expect(published.status, JSON.stringify(published.json)).toBe(201)
    const [entry] = (await auditAs(CHAIR, `?personId=${CHAIR}`)).entries
    expect(entry).toMatchObject({
      by: { id: CHAIR },
      kind: 'pack-published',
      summary: 'Meeting pack published',
      subject: { type: 'meeting', id: 'meeting-improvement-2026-12-03', title: 'Children’s Services Improvement Board, 3 December 2026' },
      boardId: 'board-improvement',
      link: '/meetings/meeting-improvement-2026-12-03',
    })
  })

  it('says who changed what in plain words, linking to the item', async () => {
    const milestone = (await stored.milestones.get('milestone-13'))!
    expect(milestone.rag).toBe('red')
    await call('POST', '/api/milestones/milestone-13/updates', {
      as: DIRECTOR,
      ifMatch: milestone.version,
      body: { rag: 'amber', commentary: 'Recovering.', recoveryAction: 'Agency team.' },
    })
    const [entry] = (await auditAs(CHAIR, `?personId=${DIRECTOR}`)).entries
    expect(entry).toEqual({
      id: expect.stringMatching(/^update:/),
      at: NOW.toISOString(),
      precision: 'instant',
      by: { id: DIRECTOR, name: 'Mark Ellison' },
      kind: 'status-update',
      summary: 'Status changed from Off track to At risk',
      subject: { type: 'milestone', id: 'milestone-13', title: milestone.title },
      boardId: 'board-improvement',
      link: '/milestones/milestone-13',
    })
  })

  it('records a report’s moves, a corrected actual, a plan agreed on a day and a change to a person', async () => {
    const report = (await stored.reports.get('report-recruitment-strategy'))!
    expect(report.status).toBe('in-preparation')
    await call('POST', '/api/reports/report-recruitment-strategy/transitions', { as: SCRUTINY_CHAIR, ifMatch: report.version, body: { to: 'withdrawn', reason: 'Covered elsewhere.' } })
    const actual = (await stored.measureActuals.get('measure-assessments-45-2026-10'))!
    await call('PATCH', '/api/measures/measure-assessments-45/actuals/2026-10', { as: DIRECTOR, ifMatch: actual.version, body: { value: 79 } })
    await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    const entries = (await auditAs(ADMIN, '?from=2026-11-23&to=2026-11-23')).entries
    const summaries = entries.filter((entry) => entry.at === NOW.toISOString()).map((entry) => [entry.kind, entry.summary, entry.subject.type])
    expect(summaries).toEqual(
      expect.arrayContaining([
        ['report-status', 'Status changed from In preparation to Withdrawn', 'report'],
        ['actual-corrected', 'October 2026 corrected from 78% to 79%', 'measure'],
        ['person-changed', 'Deactivated; No longer a member of Cabinet Committee on Performance Improvement; No longer a member of Children and Young People Scrutiny Board', 'person'],
      ]),
    )
    const agreed = (await everything(ADMIN)).entries.find((entry) => entry.kind === 'plan-agreed')
    expect(agreed).toMatchObject({ precision: 'day', by: { id: CHAIR }, subject: { type: 'plan', id: 'plan-northshire' }, link: '/plans/plan-northshire' })
    expect(agreed?.at).toMatch(/T00:00:00\.000Z$/)
  })

  it('shows a chair only the boards they chair, with changes to the seats on them', async () => {
    const { entries } = await everything(SCRUTINY_CHAIR)
    expect(entries.length).toBeGreaterThan(0)
    expect(new Set(entries.map((entry) => entry.boardId))).toEqual(new Set(['board-scrutiny']))
    expect(entries.find((entry) => entry.kind === 'person-changed')).toMatchObject({ summary: 'Made an officer of Children and Young People Scrutiny Board', subject: { id: 'p-workforce' } })
    const improvement = await everything(CHAIR)
    expect(new Set(improvement.entries.map((entry) => entry.boardId))).toEqual(new Set(['board-improvement']))
    // A change to a person touching no board is an administrator's to see.
    expect(improvement.entries.some((entry) => entry.summary.includes('administrator'))).toBe(false)
    expect((await everything(ADMIN)).entries.filter((entry) => entry.summary.includes('administrator'))).toHaveLength(2)
  })

  it('filters by board, by who made the change, and by dates inclusive', async () => {
    const byBoard = await everything(ADMIN, '?boardId=board-cabinet')
    expect(byBoard.entries.length).toBeGreaterThan(0)
    expect(byBoard.entries.every((entry) => entry.boardId === 'board-cabinet')).toBe(true)
    const byPerson = await everything(ADMIN, `?personId=${DIRECTOR}`)
    expect(byPerson.entries.length).toBeGreaterThan(0)
    expect(byPerson.entries.every((entry) => entry.by?.id === DIRECTOR)).toBe(true)
    const all = (await everything(ADMIN)).entries
    const day = all[Math.floor(all.length / 2)]!.at.slice(0, 10)
    const onDay = (await everything(ADMIN, `?from=${day}&to=${day}`)).entries
    expect(onDay.length).toBeGreaterThan(0)
    expect(onDay.map((entry) => entry.id)).toEqual(all.filter((entry) => entry.at.slice(0, 10) === day).map((entry) => entry.id))
    const since = (await everything(ADMIN, `?from=${day}`)).entries
    expect(since.map((entry) => entry.id)).toEqual(all.filter((entry) => entry.at.slice(0, 10) >= day).map((entry) => entry.id))
  })

  it('refuses anyone but a chair or an administrator, saying why', async () => {
    for (const as of [DIRECTOR, MEMBER]) {
      const response = await call('GET', '/api/audit', { as })
      expect(response.status).toBe(403)
      expect(response.json.detail).toMatch(/^Only chairs and administrators may see who changed what\. .+ is neither\.$/)
    }
    expect((await call('GET', '/api/audit')).status).toBe(403)
    const otherBoard = await call('GET', '/api/audit?boardId=board-improvement', { as: SCRUTINY_CHAIR })
    expect(otherBoard.status).toBe(403)
    expect(otherBoard.json.detail).toBe('Only the chair of Children’s Services Improvement Board may see who changed its plans, milestones and reports.')
  })

  it.each([
    ['?from=2026-02-30', 'from', 'Enter a real date'],
    ['?from=2026-11-02&to=2026-11-01', 'to', 'The ‘to’ date must be the same as or after the ‘from’ date'],
    ['?cursor=yesterday', 'cursor', 'The link to older changes is not right: start again from the newest'],
    ['?boardId=board-nope', 'boardId', 'Select a board'],
  ])('refuses %s beside the field (400)', async (query, path, message) => {
    const response = await call('GET', `/api/audit${query}`, { as: ADMIN })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ path, message }])
  })
})

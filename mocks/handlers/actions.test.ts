// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { actionSchema } from '@/contract/actions'
import { stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, TEST_TODAY } from '../testing/api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

/** The improvement board's last meeting held, and its next. */
async function meetings() {
  const all = (await call('GET', '/api/meetings?boardId=board-improvement')).json as { id: string; date: string; agenda: { id: string; kind: string }[] }[]
  const today = TEST_TODAY.toISOString().slice(0, 10)
  return { last: all.filter((meeting) => meeting.date < today).at(-1)!, next: all.find((meeting) => meeting.date >= today)! }
}

describe('actions from a meeting', () => {
  it('are recorded by the chair against the meeting and an agenda item, with an owner and when due', async () => {
    const { last, next } = await meetings()
    const item = last.agenda.find((each) => each.kind === 'progress')!
    const response = await call('POST', '/api/actions', {
      as: CHAIR,
      body: { meetingId: last.id, agendaItemId: item.id, what: 'Meet the chair of the partnership board about the early help offer', ownerId: DIRECTOR, due: { kind: 'meeting', meetingId: next.id } },
    })
    expect(response.status).toBe(201)
    const action = actionSchema.parse(response.json)
    expect(action).toMatchObject({ boardId: 'board-improvement', meetingId: last.id, status: 'open', dueBy: next.date, overdue: false, createdById: CHAIR })
    expect(response.headers.get('Location')).toBe(`/api/actions/${action.id}`)
    expect(await stored.actions.get(action.id)).toBeDefined()
  })

  it('take an owner as written when they are not one of the council’s people, and refuse what does not exist', async () => {
    const { last } = await meetings()
    const written = await call('POST', '/api/actions', { as: CHAIR, body: { meetingId: last.id, what: 'Share what other councils did about complaints', ownerName: 'The complaints team' } })
    expect(written.json).toMatchObject({ ownerId: null, ownerName: 'The complaints team', due: { kind: 'none' }, dueBy: null })
    const before = await stored.actions.count()
    const bad = await call('POST', '/api/actions', {
      as: CHAIR,
      body: { meetingId: last.id, agendaItemId: 'item-nowhere', what: 'Something', ownerId: 'nobody', due: { kind: 'meeting', meetingId: 'meeting-scrutiny-2026-11-24' } },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.errors.map((error: { path: string }) => error.path).sort()).toEqual(['agendaItemId', 'due.meetingId', 'ownerId'])
    const noOwner = await call('POST', '/api/actions', { as: CHAIR, body: { meetingId: last.id, what: 'Something' } })
    expect(noOwner.json.errors).toEqual([{ path: 'ownerId', message: 'Choose who owns the action, or write their name' }])
    expect(await stored.actions.count()).toBe(before)
  })

  it('are overdue once open past the date they are due, and listed most urgent first', async () => {
    const { last, next } = await meetings()
    const make = (what: string, due: object) => call('POST', '/api/actions', { as: CHAIR, body: { meetingId: last.id, what, ownerId: DIRECTOR, due } })
    const finished = (await make('Finished', { kind: 'date', date: '2026-10-01' })).json
    await call('PATCH', `/api/actions/${finished.id}`, { as: DIRECTOR, ifMatch: finished.version, body: { status: 'done' } })
    await make('Later', { kind: 'meeting', meetingId: next.id })
    await make('Late', { kind: 'date', date: '2026-11-01' })
    await make('Whenever', { kind: 'none' })
    const list = z.array(actionSchema).parse((await call('GET', `/api/actions?boardId=board-improvement&ownerId=${DIRECTOR}`)).json)
    const made = new Set(['Late', 'Later', 'Whenever', 'Finished'])
    expect(list.map((action) => action.what).filter((what) => made.has(what))).toEqual(['Late', 'Later', 'Whenever', 'Finished'])
    expect(list[0]?.overdue).toBe(true)
    const overdue = (await call('GET', '/api/actions?status=overdue')).json
    expect(overdue.map((action: { what: string }) => action.what)).toContain('Late')
    expect(overdue.every((action: { overdue: boolean }) => action.overdue)).toBe(true)
  })

  it('are marked done by their owner with a note, who may change nothing else; the chair may change anything', async () => {
    const { last } = await meetings()
    const created = (await call('POST', '/api/actions', { as: CHAIR, body: { meetingId: last.id, what: 'Brief members on inspection questions', ownerId: DIRECTOR, due: { kind: 'date', date: '2026-11-01' } } })).json
    expect((await call('PATCH', `/api/actions/${created.id}`, { as: DIRECTOR, ifMatch: created.version, body: { what: 'Something easier' } })).status).toBe(403)
    expect((await call('PATCH', `/api/actions/${created.id}`, { as: MEMBER, ifMatch: created.version, body: { status: 'done' } })).status).toBe(403)
    expect((await call('PATCH', `/api/actions/${created.id}`, { as: SCRUTINY_CHAIR, ifMatch: created.version, body: { status: 'done' } })).status).toBe(403)
    const done = await call('PATCH', `/api/actions/${created.id}`, { as: DIRECTOR, ifMatch: created.version, body: { status: 'done', note: 'Briefing notes sent on 20 November.' } })
    expect(done.status).toBe(200)
    expect(done.json).toMatchObject({ status: 'done', note: 'Briefing notes sent on 20 November.', doneById: DIRECTOR, overdue: false })
    expect((await call('PATCH', `/api/actions/${created.id}`, { as: DIRECTOR, ifMatch: created.version, body: { status: 'open' } })).status).toBe(412)
    const changed = await call('PATCH', `/api/actions/${created.id}`, { as: CHAIR, ifMatch: done.json.version, body: { status: 'open', what: 'Brief members, again' } })
    expect(changed.json).toMatchObject({ status: 'open', what: 'Brief members, again', doneAt: null, doneById: null })
  })

  it('may not be recorded by anyone but the board’s chair', async () => {
    const { last } = await meetings()
    for (const as of [DIRECTOR, MEMBER, SCRUTINY_CHAIR]) {
      expect((await call('POST', '/api/actions', { as, body: { meetingId: last.id, what: 'Something', ownerId: DIRECTOR } })).status).toBe(403)
    }
  })
})

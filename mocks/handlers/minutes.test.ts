// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MINUTES_MAX_CHARACTERS, minutesProposalsSchema } from '@/contract/minutes'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR, storedData, TEST_TODAY } from '../testing/api'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

const path = '/api/minutes/proposals'
const boardId = 'board-scrutiny'

/** The scrutiny committee's meetings that are not cancelled, earliest first. */
async function meetings() {
  const all = await stored.meetings.where('boardId').equals(boardId).toArray()
  return all.filter((meeting) => meeting.status !== 'cancelled').sort((a, b) => a.date.localeCompare(b.date))
}

const monthName = (date: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))

describe('POST /api/minutes/proposals', () => {
  it('answers the board’s chair with proposals, their dues resolved against the board’s meetings from the minutes’ own meeting', async () => {
    const [held, next, ...later] = await meetings()
    const target = later.at(-1)!
    const text = [
      `1.  The Chair asked that an update report on agency social workers be made to the committee’s next meeting.`,
      `2.  RESOLVED that the annual report on fostering be presented to the Committee in ${monthName(target.date)}.`,
      `3.  Ofsted judged help and protection to be ‘inadequate’.`,
    ].join('\n\n')
    const response = await call('POST', path, { as: SCRUTINY_CHAIR, body: { boardId, meetingId: held!.id, text } })
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Local-API')).toBe('1')
    const proposals = minutesProposalsSchema.parse(response.json)
    expect(proposals.map(({ kind, title, due, recurrence, grade }) => ({ kind, title, due, recurrence, grade }))).toEqual([
      { kind: 'report', title: 'Update report on agency social workers', due: { kind: 'meeting', meetingId: next!.id }, recurrence: 'none', grade: undefined },
      { kind: 'report', title: 'Annual report on fostering', due: { kind: 'meeting', meetingId: target.id }, recurrence: 'annual', grade: undefined },
      { kind: 'judgement', title: 'Children who need help and protection: Inadequate', due: { kind: 'unspecified' }, recurrence: 'none', grade: 'inadequate' },
    ])
    for (const proposal of proposals) expect(text.slice(proposal.source.start, proposal.source.end)).toBe(proposal.source.text)
  })

  it('counts "the next meeting" from today when no meeting is named', async () => {
    const upcoming = (await meetings()).find((meeting) => meeting.date > '2026-11-23')!
    const response = await call('POST', path, { as: SCRUTINY_CHAIR, body: { boardId, text: 'RESOLVED that a report on missing children be brought to the next meeting.' } })
    expect(response.json[0].due).toEqual({ kind: 'meeting', meetingId: upcoming.id })
  })

  it('writes nothing', async () => {
    const before = await storedData()
    const response = await call('POST', path, { as: SCRUTINY_CHAIR, body: { boardId, text: 'RESOLVED that a report on missing children be brought to the next meeting.' } })
    expect(response.status).toBe(200)
    expect(await storedData()).toEqual(before)
  })

  it('answers an empty list for minutes that record nothing to track', async () => {
    const response = await call('POST', path, { as: SCRUTINY_CHAIR, body: { boardId, text: 'The Chair welcomed everyone to the meeting. Members noted the presentation.' } })
    expect(response.status).toBe(200)
    expect(response.json).toEqual([])
  })

  it('refuses everyone but the board’s chair, as for asking the board for reports', async () => {
    const body = { boardId, text: 'RESOLVED that a report be made to the next meeting.' }
    for (const person of [CHAIR, DIRECTOR, MEMBER, ADMIN]) {
      const response = await call('POST', path, { as: person, body })
      expect(response.status, person).toBe(403)
      expect(response.json.detail).toMatch(/chair of .* may bring its minutes in/)
    }
    expect((await call('POST', path, { body })).status).toBe(403)
  })

  it.each([
    ['an unknown board', { boardId: 'board-nowhere', text: 'Minutes.' }, 'boardId'],
    ['another board’s meeting', { boardId, meetingId: 'meeting-elsewhere', text: 'Minutes.' }, 'meetingId'],
    ['no text', { boardId, text: '' }, 'text'],
    ['text that shows nothing', { boardId, text: '\u200b\u200b' }, 'text'],
    ['text over the limit', { boardId, text: 'a'.repeat(MINUTES_MAX_CHARACTERS + 1) }, 'text'],
    ['an unknown field', { boardId, text: 'Minutes.', save: true }, ''],
  ])('is a 400 for %s', async (_, body, field) => {
    const response = await call('POST', path, { as: SCRUTINY_CHAIR, body })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { path: string }) => error.path)).toEqual([field])
  })

  it('takes minutes of the longest length allowed', async () => {
    const text = 'The committee noted the report. '.repeat(MINUTES_MAX_CHARACTERS / 32)
    expect(text.length).toBe(MINUTES_MAX_CHARACTERS)
    expect((await call('POST', path, { as: SCRUTINY_CHAIR, body: { boardId, text } })).status).toBe(200)
  })

  it('answers only POST', async () => {
    const response = await call('GET', path)
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe('POST')
  })
})

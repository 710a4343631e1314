import { describe, expect, it } from 'vitest'
import { agendaOf, reportItem } from './agenda'

const careLeavers = { id: 'r-1', title: 'Care leavers’ accommodation' }
const audit = { id: 'r-2', title: 'Audit of case files' }

describe('a meeting’s agenda', () => {
  it('is the standing one until the chair saves it: apologies, minutes, progress, each report due by title, any other business', () => {
    const { agenda, saved } = agendaOf(undefined, [careLeavers, audit])
    expect(saved).toBe(false)
    expect(agenda.map((item) => item.title)).toEqual([
      'Apologies for absence',
      'Minutes of the last meeting',
      'Improvement plan: progress report',
      'Audit of case files',
      'Care leavers’ accommodation',
      'Any other business',
    ])
    expect(agenda.find((item) => item.reportId === 'r-1')).toEqual(reportItem(careLeavers))
  })

  it('keeps the chair’s order once saved, and adds a report newly due before any other business', () => {
    const saved = agendaOf(undefined, [careLeavers]).agenda.reverse()
    const { agenda } = agendaOf(saved, [careLeavers, audit])
    expect(agenda.map((item) => item.reportId ?? item.kind)).toEqual(['r-2', 'aob', 'r-1', 'progress', 'minutes', 'apologies'])
    const withoutAob = saved.filter((item) => item.kind !== 'aob')
    expect(agendaOf(withoutAob, [careLeavers, audit]).agenda.at(-1)?.reportId).toBe('r-2')
  })

  it('drops a report no longer due here, unless the meeting recorded a decision on it', () => {
    const saved = agendaOf(undefined, [careLeavers, audit]).agenda
    expect(agendaOf(saved, [audit]).agenda.some((item) => item.reportId === 'r-1')).toBe(false)
    const decided = saved.map((item) => (item.reportId === 'r-1' ? { ...item, decision: 'RESOLVED that the report be noted.' } : item))
    expect(agendaOf(decided, [audit]).agenda.find((item) => item.reportId === 'r-1')?.decision).toBe('RESOLVED that the report be noted.')
  })
})

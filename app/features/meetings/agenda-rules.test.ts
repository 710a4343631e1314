import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '@/contract/meetings'
import { addRow, agendaInput, mayRemoveRow, moveRow, rowsFromAgenda, withDecisions } from './agenda-rules'

const agenda: AgendaItem[] = [
  { id: 'standing-apologies', kind: 'apologies', title: 'Apologies for absence', reportId: null, decision: null },
  { id: 'report-r1', kind: 'report', title: 'Care leavers offer', reportId: 'r1', decision: null },
  { id: 'standing-aob', kind: 'aob', title: 'Any other business', reportId: null, decision: null },
]
const keys = (rows: { key: string }[]) => rows.map((row) => row.key)

describe('reordering the agenda', () => {
  const rows = rowsFromAgenda(agenda)

  it('moves an item up or down one place', () => {
    expect(keys(moveRow(rows, 'report-r1', -1))).toEqual(['report-r1', 'standing-apologies', 'standing-aob'])
    expect(keys(moveRow(rows, 'report-r1', 1))).toEqual(['standing-apologies', 'standing-aob', 'report-r1'])
  })

  it('leaves the first item where it is when moved up, and the last when moved down', () => {
    expect(moveRow(rows, 'standing-apologies', -1)).toBe(rows)
    expect(moveRow(rows, 'standing-aob', 1)).toBe(rows)
  })

  it('adds a new item before any other business, or at the end without it', () => {
    expect(keys(addRow(rows, 'new-1'))).toEqual(['standing-apologies', 'report-r1', 'new-1', 'standing-aob'])
    expect(keys(addRow(rows.slice(0, 2), 'new-1'))).toEqual(['standing-apologies', 'report-r1', 'new-1'])
  })

  it('never removes a report’s item', () => {
    expect(rows.map(mayRemoveRow)).toEqual([true, false, true])
  })

  it('sends kept items with their ids and new ones without', () => {
    const input = agendaInput(addRow(rows, 'new-1').map((row) => (row.key === 'new-1' ? { ...row, title: 'Ofsted letter' } : row)))
    expect(input[2]).toEqual({ kind: 'item', title: 'Ofsted letter', reportId: null, decision: null })
    expect(input[1]).toEqual({ id: 'report-r1', kind: 'report', title: 'Care leavers offer', reportId: 'r1', decision: null })
  })
})

describe('recording decisions', () => {
  it('puts each decision on its item by id, and an empty one as none', () => {
    const recorded = withDecisions([{ ...agenda[0]!, decision: 'Apologies were received.' }, agenda[1]!, agenda[2]!], {
      'standing-apologies': '  ',
      'report-r1': ' RESOLVED that the offer be agreed. ',
    })
    expect(recorded.map((item) => item.decision)).toEqual([null, 'RESOLVED that the offer be agreed.', null])
  })
})

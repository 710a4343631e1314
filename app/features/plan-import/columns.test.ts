import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnLetters, columnName, findHeaderRow, guessColumns, importFields, mappingProblems, noColumns } from './columns'

describe('guessColumns', () => {
  it('maps a council RAG tracker’s headings', () => {
    const header = ['Ref', 'Priority area', 'Action', 'Lead officer', 'Target date', 'RAG status', 'Progress update / commentary', 'Recovery action']
    expect(guessColumns(header)).toEqual({ theme: 1, title: 2, owner: 3, dueDate: 4, status: 5, commentary: 6, recoveryAction: 7, evidence: null })
  })

  it.each([
    [['Theme', 'Milestone', 'Owner', 'Due', 'Status', 'Update'], { theme: 0, title: 1, owner: 2, dueDate: 3, status: 4, commentary: 5 }],
    [['Area', 'Task', 'Responsible officer', 'Deadline', 'RAG', 'Comments'], { theme: 0, title: 1, owner: 2, dueDate: 3, status: 4, commentary: 5 }],
    [['Workstream', 'Key action', 'Lead', 'By when', 'BRAG rating', 'Progress to date', 'Evidence'], { theme: 0, title: 1, owner: 2, dueDate: 3, status: 4, commentary: 5, evidence: 6 }],
    [['Outcome', 'Theme', 'Action'], { theme: 1, title: 2 }],
  ])('guesses %j', (header, expected) => {
    expect(guessColumns(header)).toEqual({ ...noColumns(), ...expected })
  })

  it('never gives one column to two fields, whatever the headings', () => {
    const words = fc.constantFrom('Action', 'Recovery action', 'Status', 'RAG', 'Theme', 'Lead', 'Owner', 'Due', 'Target', 'Update', 'Progress', 'Evidence', 'Notes', '', 'Ref')
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 20 }), (header) => {
        const mapping = guessColumns(header)
        const columns = importFields.map((field) => mapping[field]).filter((column) => column !== null)
        expect(new Set(columns).size).toBe(columns.length)
        for (const column of columns) expect(column).toBeLessThan(header.length)
      }),
    )
  })
})

describe('findHeaderRow', () => {
  it('passes over title rows and blank rows above the headings', () => {
    const rows = [
      ['Northshire County Council', null, null],
      ['Children’s Services Improvement Plan: RAG tracker', null, null],
      [null, null, null],
      ['Theme', 'Action', 'Lead officer', 'Due date'],
      ['Leadership', 'Appoint a permanent DCS', 'Helen Okafor', '31/03/2027'],
    ]
    expect(findHeaderRow(rows)).toBe(3)
  })

  it('falls back to the first row with anything in it', () => {
    expect(findHeaderRow([[null], ['x', 'y'], ['a', 'b']])).toBe(1)
    expect(findHeaderRow([])).toBe(0)
  })
})

describe('columns in words', () => {
  it('names columns as the spreadsheet does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
    expect(columnName(['Ref', 'Lead'], 1)).toBe('Column B: Lead')
    expect(columnName(['Ref'], 3)).toBe('Column D')
  })

  it('asks for the columns a milestone needs, and one column per field', () => {
    const header = ['Theme', 'Action', 'Lead']
    expect(mappingProblems({ ...noColumns(), theme: 0, title: 1, owner: 1 }, header, false)).toEqual([
      { path: 'column-owner', message: 'Column B: Action is already chosen for action: choose another column' },
      { path: 'column-dueDate', message: 'Choose the column holding the due date' },
    ])
    expect(mappingProblems(noColumns(), header, true).map((problem) => problem.path)).toEqual(['column-title', 'column-owner', 'column-dueDate'])
    expect(mappingProblems(noColumns(), header, false)[0]!.message).toBe('Choose the column holding the theme, or choose one theme of the plan for rows without one')
  })
})

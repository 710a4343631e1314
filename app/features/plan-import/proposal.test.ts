import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlanImportInputSchema } from '@/contract/imports'
import { aPerson } from '@/testing/builders'
import type { Cell } from './cells'
import { findHeaderRow, guessColumns, noColumns } from './columns'
import { buildImportRequest, checkRows, ownersIn, placeApiError, readSheetRows, resolveOwners, statusesIn, tally, type OwnerChoice } from './proposal'

const helen = aPerson({ id: 'p-dcs', name: 'Helen Okafor', email: 'helen.okafor@northshire.gov.uk' })
const mark = aPerson({ id: 'p-safeguarding', name: 'Mark Ellison' })
const chair = aPerson({ id: 'p-chair', name: 'Dame Alison Hartley', role: 'chair' })
const gone = aPerson({ id: 'p-gone', name: 'Peter Gone', active: false })
const people = [helen, mark, chair, gone]

/** A council's tracker as a sheet reader gives it: title rows, headings, theme rows, merged theme cells, blanks, bad cells. */
const sheet: Cell[][] = [
  ['Northshire County Council: Improvement Plan RAG tracker', null, null, null, null, null],
  ['As at November 2026', null, null, null, null, null],
  ['Priority', 'Action', 'Lead officer', 'Target date', 'RAG', 'Update'],
  ['1. Leadership', null, null, null, null, null],
  [null, 'Appoint a permanent Director of Children’s Services', 'helen  OKAFOR', new Date(Date.UTC(2027, 0, 31)), 'Green', 'Interviews in December.'],
  [null, 'Quarterly audit programme', 'Mark Ellison', '31/02/2027', 'Amber', 'Auditors booked.'],
  [null, null, null, null, null, null],
  ['2. Practice', 'Practice standards launched', 'Jo Bloggs', 'March 2027', 'In progress', ''],
  [null, 'Supervision policy', 'HELEN.OKAFOR@northshire.gov.uk', '30/06/2027', 'Complete', 'Agreed.'],
  [null, 'Appoint a permanent Director of Children’s Services', 'Peter Gone', 'TBC', 'R', ''],
  ['Priority', 'Action', 'Lead officer', 'Target date', 'RAG', 'Update'],
  [null, '', 'Mark Ellison', '01/01/2028', '', ''],
]

function preview(choices: Record<string, OwnerChoice> = {}, statuses: Record<string, 'green' | 'amber' | 'red' | 'blue' | 'not-started'> = {}) {
  const headerRow = findHeaderRow(sheet)
  const rows = readSheetRows(sheet, headerRow, guessColumns(sheet[headerRow]!))
  const owners = ownersIn(rows, people)
  const statusEntries = statusesIn(rows)
  const statusChoices = Object.fromEntries(statusEntries.map((entry) => [entry.key, statuses[entry.key] ?? entry.guess]))
  const checked = checkRows(rows, {
    owners: resolveOwners(owners, choices, people),
    statuses: statusChoices,
    existing: [{ title: 'Practice standards launched', themeTitle: '2. PRACTICE' }],
  })
  return { headerRow, rows, owners, statuses: statusEntries, checked }
}

describe('reading a sheet into proposed milestones', () => {
  it('finds the headings, carries themes down, and tells milestones from headings and blanks', () => {
    const { headerRow, rows } = preview()
    expect(headerRow).toBe(2)
    expect(rows.map((row) => [row.sheetRow, row.kind, row.theme, row.themeFromAbove])).toEqual([
      [4, 'theme-heading', '1. Leadership', false],
      [5, 'milestone', '1. Leadership', true],
      [6, 'milestone', '1. Leadership', true],
      [7, 'blank', '1. Leadership', true],
      [8, 'milestone', '2. Practice', false],
      [9, 'milestone', '2. Practice', true],
      [10, 'milestone', '2. Practice', true],
      [11, 'headings', 'Priority', false],
      [12, 'milestone', '2. Practice', true],
    ])
  })

  it('lists each owner once, matched by name or email in any case and spacing to one active director only', () => {
    const { owners } = preview()
    expect(owners.map((owner) => [owner.text, owner.sheetRows, owner.match?.id ?? null])).toEqual([
      ['helen OKAFOR', [5], 'p-dcs'],
      ['Mark Ellison', [6, 12], 'p-safeguarding'],
      ['Jo Bloggs', [8], null],
      ['HELEN.OKAFOR@northshire.gov.uk', [9], 'p-dcs'],
      // Deactivated: no longer chosen.
      ['Peter Gone', [10], null],
    ])
    const twins = ownersIn(readSheetRows([['Action', 'Owner', 'Due'], ['x', 'Sam Smith', '1/1/2027']], 0, guessColumns(['Action', 'Owner', 'Due'])), [
      aPerson({ id: 'a', name: 'Sam Smith' }),
      aPerson({ id: 'b', name: 'sam smith' }),
    ])
    expect(twins[0]).toMatchObject({ match: null, namesakes: [{ id: 'a' }, { id: 'b' }] })
  })

  it('gives every row its problems and notes in words', () => {
    const { checked } = preview()
    const byRow = Object.fromEntries(checked.filter((row) => row.kind === 'milestone').map((row) => [row.sheetRow, { problems: row.problems.map((problem) => problem.message), notes: row.notes, ready: row.request !== null }]))
    expect(byRow).toEqual({
      5: { problems: [], notes: [], ready: true },
      6: { problems: ['“31/02/2027” is not a real date'], notes: ['At risk with no recovery action: its history will say the spreadsheet gave none'], ready: false },
      8: {
        problems: ['Choose who “Jo Bloggs” is, under Owners', 'Choose what the status “In progress” means, under Statuses'],
        notes: ['Month only: taken as its last day, 31/03/2027', 'The plan already has a milestone with this action in this theme'],
        ready: false,
      },
      9: { problems: [], notes: ['Complete, with no evidence given: it will await the board chair’s sign-off'], ready: true },
      10: {
        problems: ['Choose who “Peter Gone” is, under Owners', '“TBC” is not a date the import can read: give a day, month and year, like 31/03/2027 or 31 March 2027'],
        // The same action as row 5, but under another theme: not a twin.
        notes: ['Off track with no recovery action: its history will say the spreadsheet gave none'],
        ready: false,
      },
      12: { problems: ['No action: the action cell is empty'], notes: [], ready: false },
    })
    expect(tally(checked)).toEqual({ ready: 2, withProblems: 4, blank: 1, themeHeadings: 1, headings: 1 })
  })

  it('uses the contract’s own row rules: a title too long is a problem in the contract’s words', () => {
    const rows = readSheetRows([['Theme', 'Action', 'Owner', 'Due'], ['T', 'x'.repeat(201), 'Mark Ellison', '1/1/2027'], ['T', 'ok', 'Mark Ellison', '1/1/1999']], 0, guessColumns(['Theme', 'Action', 'Owner', 'Due']))
    const checked = checkRows(rows, { owners: resolveOwners(ownersIn(rows, people), {}, people), statuses: {}, existing: [] })
    expect(checked.map((row) => row.problems.map((problem) => problem.message))).toEqual([['The milestone’s title must be 200 characters or fewer'], ['Enter a date between 2000 and 2100']])
  })

  it('notes an action that appears twice under one theme', () => {
    const header = ['Theme', 'Action', 'Owner', 'Due']
    const rows = readSheetRows([header, ['T', 'Audit', 'Mark Ellison', '1/1/2027'], ['t', ' audit ', 'Mark Ellison', '1/2/2027']], 0, guessColumns(header))
    const checked = checkRows(rows, { owners: resolveOwners(ownersIn(rows, people), {}, people), statuses: {}, existing: [] })
    expect(checked.map((row) => row.notes)).toEqual([[], ['Same action and theme as row 2']])
  })

  it('builds the request once every row is ready, with the person’s choices for owners and statuses', () => {
    const jo: OwnerChoice = { kind: 'new', personId: '', name: 'Jo Bloggs', jobTitle: 'Head of Practice', email: '' }
    const peter: OwnerChoice = { kind: 'existing', personId: 'p-safeguarding', name: '', jobTitle: '', email: '' }
    const { owners, statuses, checked } = preview({ 'jo bloggs': jo, 'peter gone': peter }, { 'in progress': 'green' })
    const blocked = buildImportRequest({ fileName: 'tracker.xlsx', fileHash: 'a'.repeat(64), rows: checked, owners, statuses, choices: { 'jo bloggs': jo, 'peter gone': peter }, leaveOut: false, confirmRepeat: false })
    expect(blocked.problems).toEqual([
      { path: 'sheet-row-6', message: 'Row 6: “31/02/2027” is not a real date' },
      { path: 'sheet-row-10', message: 'Row 10: “TBC” is not a date the import can read: give a day, month and year, like 31/03/2027 or 31 March 2027' },
      { path: 'sheet-row-12', message: 'Row 12: No action: the action cell is empty' },
    ])

    const leavingOut = buildImportRequest({ fileName: 'tracker.xlsx', fileHash: 'a'.repeat(64), rows: checked, owners, statuses, choices: { 'jo bloggs': jo, 'peter gone': peter }, leaveOut: true, confirmRepeat: false })
    expect(leavingOut.problems).toEqual([])
    expect(leavingOut.input.rows).toEqual([
      { sheetRow: 5, theme: '1. Leadership', title: 'Appoint a permanent Director of Children’s Services', ownerId: 'p-dcs', dueDate: '2027-01-31', rag: 'green', commentary: 'Interviews in December.' },
      { sheetRow: 8, theme: '2. Practice', title: 'Practice standards launched', newOwnerKey: 'jo bloggs', dueDate: '2027-03-31', rag: 'green' },
      { sheetRow: 9, theme: '2. Practice', title: 'Supervision policy', ownerId: 'p-dcs', dueDate: '2027-06-30', rag: 'blue', commentary: 'Agreed.' },
    ])
    expect(leavingOut.input.newPeople).toEqual([{ key: 'jo bloggs', name: 'Jo Bloggs', jobTitle: 'Head of Practice', email: null }])
    expect(createPlanImportInputSchema.safeParse(leavingOut.input).success).toBe(true)
  })

  it('asks once about each owner and status word the rows wait for, linking to the question', () => {
    const { owners, statuses, checked } = preview()
    const built = buildImportRequest({ fileName: 'f.csv', fileHash: 'a'.repeat(64), rows: checked, owners, statuses, choices: {}, leaveOut: false, confirmRepeat: false })
    expect(built.problems).toEqual([
      { path: 'owner-2', message: 'Choose who “Jo Bloggs” is: someone already here, or a new person' },
      { path: 'owner-4', message: 'Choose who “Peter Gone” is: someone already here, or a new person' },
      { path: 'status-2', message: 'Choose what the status “In progress” means' },
      { path: 'sheet-row-6', message: 'Row 6: “31/02/2027” is not a real date' },
      { path: 'sheet-row-10', message: 'Row 10: “TBC” is not a date the import can read: give a day, month and year, like 31/03/2027 or 31 March 2027' },
      { path: 'sheet-row-12', message: 'Row 12: No action: the action cell is empty' },
    ])
  })

  it('asks for a new person’s job title at their question, and leaves out people whose rows are left out', () => {
    const jo: OwnerChoice = { kind: 'new', personId: '', name: 'Jo Bloggs', jobTitle: ' ', email: 'not an email' }
    const { owners, statuses, checked } = preview({ 'jo bloggs': jo }, { 'in progress': 'green' })
    const built = buildImportRequest({ fileName: 'f.csv', fileHash: 'a'.repeat(64), rows: checked, owners, statuses, choices: { 'jo bloggs': jo }, leaveOut: true, confirmRepeat: false })
    expect(built.problems).toEqual([
      { path: 'owner-2-job-title', message: 'Jo Bloggs: Enter a job title' },
      { path: 'owner-2-email', message: 'Jo Bloggs: Enter an email address in the correct format, like name@council.gov.uk' },
    ])
    const [first] = preview().checked
    const none = buildImportRequest({ fileName: 'f.csv', fileHash: 'a'.repeat(64), rows: [first!], owners: [], statuses: [], choices: {}, leaveOut: false, confirmRepeat: false })
    expect(none.problems).toEqual([{ path: '', message: 'No row below the headings has an action: check the row of headings and the columns chosen' }])
  })

  it('places the API’s problems on the row or the question they are about', () => {
    const jo: OwnerChoice = { kind: 'new', personId: '', name: 'Jo Bloggs', jobTitle: 'Head of Practice', email: 'helen.okafor@northshire.gov.uk' }
    const { owners, statuses, checked } = preview({ 'jo bloggs': jo }, { 'in progress': 'green' })
    const { input } = buildImportRequest({ fileName: 'f.csv', fileHash: 'a'.repeat(64), rows: checked, owners, statuses, choices: { 'jo bloggs': jo }, leaveOut: true, confirmRepeat: false })
    expect(placeApiError({ path: 'rows.1.ownerId', message: 'Select an owner' }, input, owners)).toEqual({ path: 'sheet-row-8', message: 'Row 8: Select an owner' })
    expect(placeApiError({ path: 'newPeople.0.email', message: 'Taken' }, input, owners)).toEqual({ path: 'owner-2-email', message: 'Jo Bloggs: Taken' })
    expect(placeApiError({ path: 'fileHash', message: 'Bad' }, input, owners)).toEqual({ path: 'fileHash', message: 'Bad' })
  })

  it('accounts for every row below the headings, whatever the sheet holds', () => {
    const cell = fc.oneof(fc.constant(null), fc.constantFrom('Helen Okafor', 'Green', 'Amber', '31/03/2027', 'Mar-27', 'TBC', 'Theme A', ''), fc.string({ maxLength: 8 }), fc.integer({ min: 30000, max: 80000 }))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 25 }), (body) => {
        const header = ['Theme', 'Action', 'Owner', 'Due']
        const rows = readSheetRows([header, ...body], 0, { ...noColumns(), theme: 0, title: 1, owner: 2, dueDate: 3 })
        const checked = checkRows(rows, { owners: resolveOwners(ownersIn(rows, people), {}, people), statuses: {}, existing: [] })
        const counts = tally(checked)
        expect(counts.ready + counts.withProblems + counts.blank + counts.themeHeadings + counts.headings).toBe(body.length)
        for (const row of checked) {
          // A row is ready exactly when it has no problems, and what is ready the contract accepts.
          if (row.kind === 'milestone') expect(row.request === null).toBe(row.problems.length > 0)
        }
      }),
    )
  })
})

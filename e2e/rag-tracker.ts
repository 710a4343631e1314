import writeExcelFile from 'write-excel-file/node'

/**
 * A council's RAG tracker as it arrives: title rows above the headings, a merged "Priority area"
 * cell over each theme's actions, blank rows between themes, a date column whose heading the
 * import does not know ("Complete by"), two dates it cannot take, a status word with no fixed
 * meaning and an owner the app does not know. Built here, so the journeys and a person checking by
 * hand read the same rows (`node e2e/rag-tracker.ts` is not needed: the journeys write the files).
 */
const d = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day))

type Action = [ref: string, title: string, owner: string, due: Date | string, rag: string, update: string]

export const trackerThemes: Array<[theme: string, actions: Action[]]> = [
  [
    'Leadership, governance and management oversight',
    [
      ['L1', 'Quarterly practice week led by senior leaders', 'Helen Okafor', d(2027, 1, 31), 'Green', 'First practice week held in October; 140 staff took part.'],
      ['L2', 'Leadership development programme for team managers', 'helen okafor', d(2027, 4, 30), 'Amber', 'Provider procurement slipped by a month.'],
      ['L3', 'Scheme of delegation refreshed', 'Sarah Whitfield', 'TBC', 'Not started', ''],
    ],
  ],
  [
    'Performance management and data',
    [
      ['P1', 'Weekly performance clinics for every team', 'Sarah Whitfield', d(2027, 2, 28), 'G', 'Clinics running in 9 of 11 teams.'],
      ['P2', 'Caseload and supervision dashboard for team managers', 'Sarah Whitfield', d(2027, 3, 31), 'In progress', 'Build started.'],
      ['P3', 'Audit programme reporting to the board quarterly', 'Mark Ellison', d(2026, 12, 31), 'Complete', 'Reports to the board since September.'],
    ],
  ],
  [
    'Early help and the front door',
    [
      ['E1', 'Early help strategy refreshed with partners', 'Jo Bloggs', d(2027, 3, 31), 'Amber', 'Partners yet to sign it off.'],
      ['E2', 'Multi-agency front door co-located with the police', 'Mark Ellison', '31/02/2027', 'Red', 'Building works delayed.'],
      ['E3', 'Thresholds document relaunched', 'Jo Bloggs', d(2027, 6, 30), 'Not started', ''],
      ['E4', 'Early help assessment training for schools', 'jo bloggs', d(2027, 7, 31), 'Green', 'Dates booked with every secondary school.'],
    ],
  ],
  [
    'Children in care and care leavers',
    [
      ['C1', 'Pathway plans reviewed with every care leaver', 'Priya Natarajan', d(2027, 4, 30), 'Green', ''],
      ['C2', 'Local offer for care leavers published', 'Priya Natarajan', 'Mar-27', 'Amber', 'Draft with legal services.'],
      ['C3', 'Independent visitor scheme expanded', 'Priya Natarajan', d(2027, 10, 31), 'Not started', ''],
    ],
  ],
  [
    'Recruitment and retention of social workers',
    [
      ['W1', 'Market supplement for experienced social workers', 'Tom Brennan', d(2027, 1, 31), 'Blue', 'Agreed by cabinet in October.'],
      ['W2', 'Academy for newly qualified social workers', 'Tom Brennan', d(2027, 8, 31), 'Green', 'Second cohort recruited.'],
      ['W3', 'Agency rate reduced below 20 per cent', 'Tom Brennan', d(2027, 12, 31), 'Red', 'Rate at 31 per cent.'],
      ['W4', 'Exit interviews for every leaver', 'Tom Brennan', d(2027, 2, 28), 'Amber', ''],
    ],
  ],
  [
    'Children in need of help and protection',
    [
      ['N1', 'Review of all children in need cases open over a year', 'Mark Ellison', d(2027, 1, 31), 'Green', ''],
      ['N2', 'Return home interviews within 72 hours', 'Mark Ellison', d(2027, 3, 31), 'Amber', '64 per cent within 72 hours.'],
    ],
  ],
]

export const trackerHeadings = ['Ref', 'Priority area', 'Action', 'Lead officer', 'Complete by', 'RAG', 'Progress update']
export const trackerTitleRows = [
  'Northshire County Council',
  'Children’s Services Improvement Plan: RAG tracker',
  'Position at 16 November 2026. Blue: complete; Green: on track; Amber: at risk; Red: off track.',
]
/** 19 actions; 2 with dates the import cannot take. */
export const trackerActionCount = trackerThemes.reduce((sum, [, actions]) => sum + actions.length, 0)

type XlsxCell = null | { value: string | Date; type?: typeof String | typeof Date; rowSpan?: number; columnSpan?: number; fontWeight?: 'bold'; wrap?: boolean }

/** The tracker as an Excel workbook: merged title and theme cells, real date cells, a second sheet of notes. */
export async function trackerXlsx(): Promise<Buffer> {
  const width = trackerHeadings.length
  const rows: XlsxCell[][] = [
    ...trackerTitleRows.map((title, index) => [{ value: title, columnSpan: width, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) }, ...Array<null>(width - 1).fill(null)]),
    Array<null>(width).fill(null),
    trackerHeadings.map((heading) => ({ value: heading, fontWeight: 'bold' as const })),
  ]
  trackerThemes.forEach(([theme, actions], index) => {
    if (index > 0) rows.push(Array<null>(width).fill(null))
    actions.forEach(([ref, title, owner, due, rag, update], position) => {
      rows.push([
        { value: ref },
        position === 0 ? { value: theme, rowSpan: actions.length, wrap: true } : null,
        { value: title, wrap: true },
        { value: owner },
        due instanceof Date ? { value: due, type: Date } : { value: due, type: String },
        { value: rag },
        update ? { value: update, wrap: true } : null,
      ])
    })
  })
  const notes: XlsxCell[][] = [[{ value: 'Notes' }], [{ value: 'Updated monthly by the Improvement Programme Manager.' }]]
  return writeExcelFile(
    [
      { data: rows as never, sheet: 'RAG tracker', dateFormat: 'dd/mm/yyyy', columns: [{ width: 6 }, { width: 30 }, { width: 50 }, { width: 18 }, { width: 14 }, { width: 12 }, { width: 50 }] },
      { data: notes as never, sheet: 'Notes' },
    ],
  ).toBuffer()
}

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
const dayFirst = (date: Date) => `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`

/** The same tracker saved as "CSV UTF-8" from Excel: a byte order mark, merged cells as blanks, dates as text. */
export function trackerCsv(): Buffer {
  const width = trackerHeadings.length
  const lines: string[][] = [...trackerTitleRows.map((title) => [title, ...Array<string>(width - 1).fill('')]), Array<string>(width).fill(''), trackerHeadings]
  trackerThemes.forEach(([theme, actions], index) => {
    if (index > 0) lines.push(Array<string>(width).fill(''))
    actions.forEach(([ref, title, owner, due, rag, update], position) => {
      lines.push([ref, position === 0 ? theme : '', title, owner, due instanceof Date ? dayFirst(due) : due, rag, update])
    })
  })
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8')
}

import type { StoredBoard, StoredPerson, StoredPersonChange } from '@/contract/stored'

/** The people of Northshire County Council, a fictional authority judged inadequate. */
export const demoPeople: StoredPerson[] = [
  { id: 'p-improvement-chair', name: 'Dame Alison Hartley', jobTitle: 'Independent Chair, Children’s Services Improvement Board', role: 'chair' },
  { id: 'p-scrutiny-chair', name: 'Cllr Joanna Pryce', jobTitle: 'Chair, Children and Young People Scrutiny Board', role: 'chair' },
  { id: 'p-cabinet-chair', name: 'Cllr Raj Malhotra', jobTitle: 'Cabinet Member for Children and Families', role: 'chair' },
  { id: 'p-dcs', name: 'Helen Okafor', jobTitle: 'Director of Children’s Services', role: 'director' },
  { id: 'p-safeguarding', name: 'Mark Ellison', jobTitle: 'Head of Service, Safeguarding and Quality Assurance', role: 'director' },
  { id: 'p-children-in-care', name: 'Priya Natarajan', jobTitle: 'Head of Service, Children in Care and Care Leavers', role: 'director' },
  { id: 'p-workforce', name: 'Tom Brennan', jobTitle: 'Head of Workforce Development', role: 'director' },
  { id: 'p-performance', name: 'Sarah Whitfield', jobTitle: 'Head of Performance and Intelligence', role: 'director' },
  { id: 'p-member-ashworth', name: 'Cllr David Ashworth', jobTitle: 'Member, Children and Young People Scrutiny Board', role: 'member' },
  { id: 'p-member-mcleod', name: 'Cllr Fiona McLeod', jobTitle: 'Member, Children and Young People Scrutiny Board', role: 'member' },
  { id: 'p-member-osei', name: 'Cllr Samuel Osei', jobTitle: 'Member, Cabinet Committee on Performance Improvement', role: 'member' },
  { id: 'p-member-lloyd', name: 'Cllr Margaret Lloyd', jobTitle: 'Member, Improvement Board', role: 'member' },
  { id: 'p-admin', name: 'Grace Adeyemi', jobTitle: 'Improvement Programme Manager', role: 'director', isAdmin: true },
].map((person) => ({ isAdmin: false, email: demoEmail(person.name), active: true, ...person, version: 1 }) as StoredPerson)

/** "Cllr Joanna Pryce" → joanna.pryce@northshire.gov.uk: the demo council's addresses. */
function demoEmail(name: string): string {
  const words = name.replace(/^(Cllr|Dame|Dr|Sir)\s+/, '').toLowerCase().normalize('NFKD').replace(/[^a-z ]/g, '').split(/\s+/)
  return `${words.join('.')}@northshire.gov.uk`
}

export const demoBoards: StoredBoard[] = [
  {
    id: 'board-improvement',
    name: 'Children’s Services Improvement Board',
    kind: 'improvement-board',
    chairId: 'p-improvement-chair',
    memberIds: ['p-cabinet-chair', 'p-member-lloyd'],
    officerIds: ['p-dcs', 'p-safeguarding', 'p-children-in-care', 'p-workforce', 'p-performance', 'p-admin'],
    papersLeadDays: 5,
    staleAfterDays: 30,
    version: 1,
  },
  {
    id: 'board-scrutiny',
    name: 'Children and Young People Scrutiny Board',
    kind: 'scrutiny-committee',
    chairId: 'p-scrutiny-chair',
    memberIds: ['p-member-ashworth', 'p-member-mcleod', 'p-member-lloyd'],
    officerIds: ['p-safeguarding', 'p-workforce', 'p-children-in-care'],
    scrutinisesBoardId: 'board-improvement',
    papersLeadDays: 5,
    staleAfterDays: 30,
    version: 1,
  },
  {
    id: 'board-cabinet',
    name: 'Cabinet Committee on Performance Improvement',
    kind: 'cabinet-committee',
    chairId: 'p-cabinet-chair',
    memberIds: ['p-member-osei', 'p-member-ashworth'],
    officerIds: ['p-dcs', 'p-performance', 'p-workforce'],
    papersLeadDays: 5,
    staleAfterDays: 30,
    version: 1,
  },
]

/**
 * A few changes to people's roles and seats in the demo's past, consistent with the people and
 * boards above: Sarah Whitfield hands administration to Grace Adeyemi, who then seats people.
 * `at(offset, hour)` is the instant `offset` days from today.
 */
export function demoPersonChanges(at: (offset: number, hour?: number) => string): StoredPersonChange[] {
  return [
    { id: 'personchange-lloyd-scrutiny', personId: 'p-member-lloyd', at: at(-210, 11), byId: 'p-performance', changes: [{ field: 'board', boardId: 'board-scrutiny', from: null, to: 'member' }] },
    { id: 'personchange-admin-grace', personId: 'p-admin', at: at(-160, 9), byId: 'p-performance', changes: [{ field: 'isAdmin', from: false, to: true }] },
    { id: 'personchange-admin-sarah', personId: 'p-performance', at: at(-160, 10), byId: 'p-admin', changes: [{ field: 'isAdmin', from: true, to: false }] },
    { id: 'personchange-malhotra-improvement', personId: 'p-cabinet-chair', at: at(-120, 14), byId: 'p-admin', changes: [{ field: 'board', boardId: 'board-improvement', from: null, to: 'member' }] },
    { id: 'personchange-brennan-scrutiny', personId: 'p-workforce', at: at(-45, 15), byId: 'p-admin', changes: [{ field: 'board', boardId: 'board-scrutiny', from: null, to: 'officer' }] },
  ]
}

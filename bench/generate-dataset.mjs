// A large, deterministic dataset in the app's own backup format, for the benchmark:
// 10 boards, 500 meetings, 5,000 milestones with 50,000 status updates, 1,000 reports.
import { createHash } from 'node:crypto'

const DAY = 86_400_000
const rags = ['not-started', 'green', 'amber', 'red', 'blue']

/** The same canonical JSON the app's checksum uses: object keys sorted. */
function canonicalJson(value) {
  return JSON.stringify(value, (_key, field) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  )
}

export function generateBackup(todayIso) {
  const today = Date.parse(`${todayIso}T12:00:00Z`)
  const day = (offset) => new Date(today + offset * DAY).toISOString().slice(0, 10)
  const at = (offset, minute = 0) => new Date(today + offset * DAY + minute * 60_000).toISOString()

  const people = []
  for (let i = 0; i < 10; i += 1) people.push({ id: `chair-${i}`, name: `Chair ${i + 1}`, jobTitle: `Chair of board ${i + 1}`, role: 'chair', version: 1 })
  for (let i = 0; i < 30; i += 1) people.push({ id: `director-${i}`, name: `Director ${i + 1}`, jobTitle: 'Head of service', role: 'director', version: 1 })
  // The administrator restores backups (the bench restores this one through Settings).
  people.push({ id: 'admin-0', name: 'Programme Manager', jobTitle: 'Improvement Programme Manager', role: 'director', isAdmin: true, version: 1 })
  for (let i = 0; i < 20; i += 1) people.push({ id: `member-${i}`, name: `Councillor ${i + 1}`, jobTitle: 'Elected member', role: 'member', version: 1 })

  const boards = Array.from({ length: 10 }, (_unused, i) => ({
    id: `board-${i}`,
    name: `Board ${String(i + 1).padStart(2, '0')}`,
    kind: i === 0 ? 'improvement-board' : i < 5 ? 'scrutiny-committee' : 'panel',
    chairId: `chair-${i}`,
    memberIds: [`member-${i}`, `member-${i + 10}`, `director-${i}`],
    papersLeadDays: 5,
    staleAfterDays: 30,
    version: 1,
  }))

  const meetings = []
  for (const board of boards) {
    for (let n = 0; n < 50; n += 1) {
      let date = today + (n - 25) * 14 * DAY + Number(board.id.slice(6)) * DAY
      while ([0, 6].includes(new Date(date).getUTCDay())) date += DAY
      const iso = new Date(date).toISOString().slice(0, 10)
      meetings.push({ id: `${board.id}-meeting-${n}`, boardId: board.id, date: iso, status: iso < todayIso ? 'held' : 'scheduled', version: 1 })
    }
  }

  const inspection = {
    id: 'inspection-1',
    framework: 'ilacs-2023',
    kind: 'full-inspection',
    startDate: day(-420),
    endDate: day(-409),
    publishedDate: day(-390),
    overall: 'inadequate',
    judgements: [{ area: 'ilacs-leaders', grade: 'inadequate' }],
    recommendations: Array.from({ length: 10 }, (_unused, i) => ({ id: `rec-${i + 1}`, number: i + 1, text: `Recommendation ${i + 1}`, area: 'ilacs-leaders' })),
    version: 1,
  }
  const themes = Array.from({ length: 20 }, (_unused, i) => ({ id: `theme-${i}`, title: `Theme ${String(i + 1).padStart(2, '0')}` }))
  const plan = { id: 'plan-big', boardId: 'board-0', inspectionId: inspection.id, title: 'County improvement plan', themes, version: 1 }

  const milestones = []
  const milestoneUpdates = []
  for (let i = 0; i < 5000; i += 1) {
    const id = `m-${String(i).padStart(4, '0')}`
    const rag = rags[(i * 7) % 5]
    const created = -380 + (i % 30)
    milestoneUpdates.push({ id: `${id}-u0`, milestoneId: id, kind: 'created', at: at(created, i % 60), authorId: 'chair-0', fromRag: null, rag: 'not-started', commentary: 'Added to the plan.', changes: [] })
    let previous = 'not-started'
    for (let u = 1; u < 10; u += 1) {
      const next = u === 9 ? rag : rags[(i + u) % 4 === 0 ? 0 : ((i + u) % 3) + 1]
      const update = {
        id: `${id}-u${u}`,
        milestoneId: id,
        kind: 'status',
        at: at(created + u * 36 + (i % 7), i % 60),
        authorId: `director-${i % 30}`,
        fromRag: previous,
        rag: next,
        commentary: `Update ${u} on milestone ${i + 1}: progress reported to the board.`,
        changes: [],
      }
      if (next === 'amber' || next === 'red') update.recoveryAction = 'Recovery plan agreed.'
      if (next === 'blue') update.evidence = 'Evidence filed.'
      milestoneUpdates.push(update)
      previous = next
    }
    const last = milestoneUpdates.at(-1)
    milestones.push({
      id,
      planId: plan.id,
      themeId: themes[i % 20].id,
      title: `Milestone ${i + 1}: deliver improvement ${(i * 37) % 997}`,
      ownerId: `director-${i % 30}`,
      dueDate: day(-300 + ((i * 13) % 700)),
      rag,
      recommendationIds: [`rec-${(i % 10) + 1}`],
      partners: i % 5 === 0 ? ['Police'] : [],
      createdAt: at(created, i % 60),
      lastUpdatedAt: last.at,
      completedOn: rag === 'blue' ? last.at.slice(0, 10) : null,
      version: 10,
    })
  }

  // The next meeting of board 0 gets 200 reports: the big meeting pack.
  const bigMeeting = meetings.find((meeting) => meeting.boardId === 'board-0' && meeting.date >= todayIso)
  const reportStatuses = ['requested', 'in-preparation', 'submitted', 'considered', 'deferred']
  const reports = Array.from({ length: 1000 }, (_unused, i) => {
    const boardMeetings = meetings.filter((meeting) => meeting.boardId === `board-${i % 10}`)
    const due = i < 200 ? bigMeeting : boardMeetings[(i * 7) % boardMeetings.length]
    const status = reportStatuses[i % 5]
    return {
      id: `report-${i}`,
      title: `Report ${i + 1}`,
      requestedByBoardId: due.boardId,
      requestedAtMeetingId: null,
      dueMeetingId: due.id,
      dueMonth: null,
      dueNextMeeting: false,
      authorId: `director-${i % 30}`,
      recurrence: 'none',
      status,
      history: [{ at: at(-100), byId: `chair-${i % 10}`, from: null, to: 'requested' }],
      previousInstanceId: null,
      version: 1,
    }
  })

  const data = { people, inspections: [inspection], boards, meetings, plans: [plan], milestones, milestoneUpdates, reports }
  const checksum = createHash('sha256').update(canonicalJson(data)).digest('hex')
  return { backup: { format: 'improvement-tracker-backup', schemaVersion: 1, exportedAt: new Date(today).toISOString(), checksum, data }, bigMeetingId: bigMeeting.id }
}

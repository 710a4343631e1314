import { z } from 'zod'

/**
 * The contract's wording for every problem a schema does not word itself, so no person ever
 * reads zod's own ("Invalid input: expected string, received undefined"). Set once, for the UI
 * and the API alike, by importing this module (common.ts does). Also turns off zod's JIT, which
 * probes with `new Function` and so breaks the Content-Security-Policy.
 */
type Words = { label: string; verb: 'Enter' | 'Select' }

const fields: Record<string, Words> = {
  planId: { label: 'the plan', verb: 'Select' },
  themeId: { label: 'a theme', verb: 'Select' },
  ownerId: { label: 'an owner', verb: 'Select' },
  chairId: { label: 'a chair', verb: 'Select' },
  memberIds: { label: 'the members', verb: 'Select' },
  boardId: { label: 'a board', verb: 'Select' },
  scrutinisesBoardId: { label: 'the board whose plan it scrutinises', verb: 'Select' },
  requestedByBoardId: { label: 'the board asking for the report', verb: 'Select' },
  requestedAtMeetingId: { label: 'the meeting that asked for it', verb: 'Select' },
  dueMeetingId: { label: 'the meeting it is due at', verb: 'Select' },
  meetingId: { label: 'a meeting', verb: 'Select' },
  authorId: { label: 'the report’s author', verb: 'Select' },
  inspectionId: { label: 'an inspection', verb: 'Select' },
  recommendationIds: { label: 'the recommendations it answers', verb: 'Select' },
  partners: { label: 'the partner agencies', verb: 'Enter' },
  themes: { label: 'the plan’s themes', verb: 'Enter' },
  judgements: { label: 'the judgements', verb: 'Enter' },
  recommendations: { label: 'the recommendations', verb: 'Enter' },
  dueDate: { label: 'the due date', verb: 'Enter' },
  revisedDueDate: { label: 'the revised due date', verb: 'Enter' },
  date: { label: 'the date', verb: 'Enter' },
  startDate: { label: 'the start date', verb: 'Enter' },
  endDate: { label: 'the end date', verb: 'Enter' },
  publishedDate: { label: 'the date it was published', verb: 'Enter' },
  dueMonth: { label: 'the month it is due', verb: 'Enter' },
  dueNextMeeting: { label: 'whether it is due at the next meeting', verb: 'Select' },
  papersLeadDays: { label: 'the papers lead time in working days', verb: 'Enter' },
  staleAfterDays: { label: 'the days without an update before a milestone is stale', verb: 'Enter' },
  rag: { label: 'a status', verb: 'Select' },
  status: { label: 'a status', verb: 'Select' },
  to: { label: 'the new status', verb: 'Select' },
  kind: { label: 'what kind it is', verb: 'Select' },
  role: { label: 'a role', verb: 'Select' },
  recurrence: { label: 'how often it is due', verb: 'Select' },
  framework: { label: 'the inspection framework', verb: 'Select' },
  overall: { label: 'the overall judgement', verb: 'Select' },
  grade: { label: 'a grade', verb: 'Select' },
  area: { label: 'the area', verb: 'Select' },
  number: { label: 'the recommendation’s number', verb: 'Enter' },
}

function wordsFor(path: readonly PropertyKey[] | undefined): Words {
  const key = [...(path ?? [])].reverse().find((segment): segment is string => typeof segment === 'string')
  if (key === undefined) return { label: 'the details', verb: 'Enter' }
  return fields[key] ?? { label: key.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/ id$/, ''), verb: 'Enter' }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function plainMessage(issue: { code?: string; path?: readonly PropertyKey[]; input?: unknown; origin?: string }): string {
  const { label, verb } = wordsFor(issue.path)
  const missing = issue.input === undefined || issue.input === null || (typeof issue.input === 'string' && issue.input.trim() === '')
  switch (issue.code) {
    case 'invalid_type':
      return missing ? `${verb} ${label}` : `${capitalise(label)} is not in a form this service understands`
    case 'too_small':
      return issue.origin === 'array' ? `${verb} at least one: ${label}` : `${verb} ${label}`
    case 'too_big':
      return issue.origin === 'array' ? `${capitalise(label)}: too many` : `${capitalise(label)} is too long`
    case 'invalid_value':
    case 'invalid_union':
      return `${verb} ${label}`
    case 'invalid_format':
      return `${verb} ${label} in the right form`
    case 'unrecognized_keys':
      return 'The request names a field this service does not know'
    default:
      return `Check ${label}`
  }
}

z.config({ jitless: true, customError: (issue) => plainMessage(issue) })

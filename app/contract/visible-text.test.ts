// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hasVisibleText } from './common'
import { createBoardInputSchema } from './boards'
import { createMilestoneInputSchema, createMilestoneUpdateInputSchema, updateMilestoneInputSchema } from './milestones'
import { createPersonInputSchema } from './people'

const blanks = [
  '\u200B\u200C\u200D', // zero-width space, non-joiner, joiner
  '\u202E\u202D\u2066\u2069', // bidi overrides and isolates
  '\u0001\u000B\u007F', // control characters
  '\uFEFF \u2060 \u00AD', // byte-order mark, word joiner, soft hyphen
  ' \t\n ',
]

describe('text that shows nothing is refused', () => {
  it.each(blanks)('%j', (blank) => {
    expect(hasVisibleText(blank)).toBe(false)
    expect(createPersonInputSchema.safeParse({ name: blank, jobTitle: 'Director', role: 'director' }).success).toBe(false)
    expect(createBoardInputSchema.safeParse({ name: blank, kind: 'improvement-board', chairId: 'p-1' }).success).toBe(false)
    expect(createMilestoneUpdateInputSchema.safeParse({ rag: 'green', commentary: blank }).success).toBe(false)
    expect(createMilestoneUpdateInputSchema.safeParse({ rag: 'red', commentary: 'Late', recoveryAction: blank }).success).toBe(false)
    expect(createMilestoneInputSchema.safeParse({ planId: 'p', themeId: 't', title: blank, ownerId: 'o', dueDate: '2027-01-01' }).success).toBe(false)
    // Only white space clears an optional description; invisible characters alone are refused.
    expect(updateMilestoneInputSchema.safeParse({ description: blank }).success).toBe(blank.trim() === '')
  })

  it('keeps text with something to see, even with invisible characters in it', () => {
    expect(hasVisibleText('Audit\u200B done')).toBe(true)
    expect(hasVisibleText('מבחן')).toBe(true)
    expect(createMilestoneUpdateInputSchema.safeParse({ rag: 'green', commentary: 'On track \u2066Leeds\u2069' }).success).toBe(true)
    expect(updateMilestoneInputSchema.parse({ description: '' })).toEqual({ description: '' })
  })

  it('says so in plain words beside the field', () => {
    const result = createMilestoneUpdateInputSchema.safeParse({ rag: 'green', commentary: '\u200B' })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['commentary', 'Enter commentary: what was entered shows nothing']])
  })
})

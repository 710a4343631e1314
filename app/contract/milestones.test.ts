import { describe, expect, it } from 'vitest'
import { createMilestoneUpdateInputSchema } from './milestones'

const paths = (input: unknown) => {
  const result = createMilestoneUpdateInputSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
}

describe('a status update', () => {
  it.each([
    [{ rag: 'green', commentary: 'On course.' }, []],
    [{ rag: 'red', commentary: 'Late.', recoveryAction: 'Extra staff.' }, []],
    [{ rag: 'blue', commentary: 'Done.', evidence: 'Audit report.' }, []],
    [{ rag: 'red' }, ['commentary', 'recoveryAction']],
    [{ rag: 'amber', commentary: '   ', recoveryAction: ' ' }, ['commentary', 'recoveryAction']],
    [{ rag: 'blue', commentary: 'Done.' }, ['evidence']],
    [{ commentary: 'No status' }, ['rag']],
  ])('%j has problems with %j', (input, expected) => {
    expect(paths(input)).toEqual(expected)
  })
})

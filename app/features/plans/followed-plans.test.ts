import { describe, expect, it } from 'vitest'
import { aBoard, aPlan } from '@/testing/builders'
import { followedPlans, scrutinisedBoard } from './followed-plans'

const improvement = aBoard({ id: 'board-improvement', name: 'Improvement Board', kind: 'improvement-board' })
const scrutiny = aBoard({ id: 'board-scrutiny', name: 'Scrutiny Board', kind: 'scrutiny-committee', scrutinisesBoardId: 'board-improvement' })
const cabinet = aBoard({ id: 'board-cabinet', name: 'Cabinet Committee', kind: 'cabinet-committee' })
const plan = aPlan({ id: 'plan-1', boardId: 'board-improvement', title: 'Improvement plan' })

describe('the plan a board with none of its own scrutinises', () => {
  it('is the plan of the board it names, else of the council’s only improvement board', () => {
    expect(scrutinisedBoard(scrutiny, [improvement, scrutiny, cabinet])).toEqual({ board: improvement, said: true })
    expect(scrutinisedBoard(cabinet, [improvement, scrutiny, cabinet])).toEqual({ board: improvement, said: false })
  })

  it('is nobody’s when it names none and the council has two improvement boards, or when the board is an improvement board', () => {
    const second = aBoard({ id: 'board-second', kind: 'improvement-board' })
    expect(scrutinisedBoard(cabinet, [improvement, second, cabinet])).toBeUndefined()
    expect(scrutinisedBoard(scrutiny, [improvement, second, scrutiny])?.board).toBe(improvement)
    expect(scrutinisedBoard(improvement, [improvement, scrutiny])).toBeUndefined()
  })
})

describe('the plans a member’s boards follow', () => {
  it('names each plan once, with every board of theirs that follows it and how', () => {
    const followed = followedPlans([cabinet, scrutiny], [improvement, scrutiny, cabinet], [plan])
    expect(followed).toHaveLength(1)
    expect(followed[0]!.plan).toBe(plan)
    expect(followed[0]!.boards.map(({ board, how }) => [board.name, how])).toEqual([
      ['Cabinet Committee', 'follows'],
      ['Scrutiny Board', 'scrutinises'],
    ])
  })

  it('gives a board’s own plans as its own', () => {
    expect(followedPlans([improvement], [improvement, scrutiny], [plan])[0]!.boards).toEqual([{ board: improvement, how: 'own' }])
  })
})

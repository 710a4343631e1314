import type { Board } from '@/contract/boards'
import type { Plan } from '@/contract/plans'

/**
 * The board whose improvement plan a board with no plan of its own follows: the one it says it
 * scrutinises, or else the council's improvement board when there is exactly one. An improvement
 * board follows no other's plan.
 */
export function scrutinisedBoard(board: Board, boards: Board[]): { board: Board; said: boolean } | undefined {
  if (board.kind === 'improvement-board') return undefined
  const said = board.scrutinisesBoardId ? boards.find((candidate) => candidate.id === board.scrutinisesBoardId) : undefined
  if (said) return { board: said, said: true }
  const improvementBoards = boards.filter((candidate) => candidate.kind === 'improvement-board' && candidate.id !== board.id)
  return improvementBoards.length === 1 ? { board: improvementBoards[0]!, said: false } : undefined
}

/** How one of a person's boards stands to a plan: it is the board's own, the board scrutinises it, or (by default) follows it. */
export type FollowedHow = 'own' | 'scrutinises' | 'follows'

export interface FollowedPlan {
  plan: Plan
  boards: Array<{ board: Board; how: FollowedHow }>
}

/**
 * The plans a person's boards follow, each once, with the boards that follow it: a board's own
 * plans, or else those of the board it scrutinises. In the order of the person's boards.
 */
export function followedPlans(myBoards: Board[], boards: Board[], plans: Plan[]): FollowedPlan[] {
  const followed = new Map<string, FollowedPlan>()
  const add = (plan: Plan, board: Board, how: FollowedHow) => {
    const entry = followed.get(plan.id) ?? { plan, boards: [] }
    entry.boards.push({ board, how })
    followed.set(plan.id, entry)
  }
  for (const board of myBoards) {
    const own = plans.filter((plan) => plan.boardId === board.id)
    if (own.length > 0) {
      own.forEach((plan) => add(plan, board, 'own'))
      continue
    }
    const target = scrutinisedBoard(board, boards)
    if (!target) continue
    const how: FollowedHow = target.said || board.kind === 'scrutiny-committee' ? 'scrutinises' : 'follows'
    plans.filter((plan) => plan.boardId === target.board.id).forEach((plan) => add(plan, board, how))
  }
  return [...followed.values()]
}

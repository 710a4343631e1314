import { Fragment } from 'react'
import { Link } from 'react-router'
import type { Board } from '@/contract/boards'
import type { Person } from '@/contract/people'
import { todayIso } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'
import { useMilestones } from '@/features/milestones/api/get-milestones'
import { PlanPicture } from '@/features/milestones/components/plan-picture'
import { followedPlans, type FollowedHow, type FollowedPlan } from '@/features/plans/followed-plans'
import type { Plan } from '@/contract/plans'

const howInWords: Record<FollowedHow, string> = { own: 'oversees it', scrutinises: 'scrutinises it', follows: 'follows it' }

/** A member's home: for the boards they sit on, the picture of each plan those boards oversee or scrutinise, once per plan. */
export function MemberPlanPictures({ person, boards, plans, people }: { person: Person; boards: Board[]; plans: Plan[]; people: Person[] }) {
  const mine = boards.filter((board) => board.chairId === person.id || board.memberIds.includes(person.id))
  return followedPlans(mine, boards, plans).map((followed) => <FollowedPlanPicture key={followed.plan.id} followed={followed} people={people} />)
}

/** Reads the plan's own milestones, as the home page's loader does not fetch them. */
function FollowedPlanPicture({ followed, people }: { followed: FollowedPlan; people: Person[] }) {
  const { plan, boards } = followed
  const { data: milestones } = useMilestones({ planId: plan.id })
  return (
    <PlanPicture
      plan={plan}
      milestones={milestones}
      people={people}
      today={todayIso()}
      followedBy={
        <>
          Your {boards.length === 1 ? 'board' : 'boards'}:{' '}
          {boards.map(({ board, how }, index) => (
            <Fragment key={board.id}>
              <Link className="govuk-link" to={pageUrls.board(board.id)}>
                {board.name}
              </Link>{' '}
              {howInWords[how]}
              {index < boards.length - 1 ? '; ' : '.'}
            </Fragment>
          ))}
        </>
      }
    />
  )
}

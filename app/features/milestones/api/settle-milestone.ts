import { useQueryClient } from '@tanstack/react-query'
import { dateChangeKeys, meetingKeys, milestoneKeys } from '@/lib/query-keys'

/** After any decision on a milestone: it, its history, the lists, the chair's decisions and the meeting packs may all have moved. */
export function useSettleMilestone() {
  const queryClient = useQueryClient()
  return (milestoneId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: milestoneKeys.detail(milestoneId) }),
      queryClient.invalidateQueries({ queryKey: milestoneKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: dateChangeKeys.all }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.details() }),
    ])
}

/** The version of the milestone the person was looking at goes with every decision, as If-Match. */
export interface OnMilestone<Input> {
  milestoneId: string
  version: number
  input: Input
}

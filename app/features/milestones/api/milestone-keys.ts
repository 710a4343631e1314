import type { MilestonesQuery } from '@/contract/milestones'

export const milestoneKeys = {
  all: ['milestones'] as const,
  lists: () => [...milestoneKeys.all, 'list'] as const,
  list: (filters: MilestonesQuery) => [...milestoneKeys.lists(), filters] as const,
  details: () => [...milestoneKeys.all, 'detail'] as const,
  detail: (id: string) => [...milestoneKeys.details(), id] as const,
  updates: (id: string) => [...milestoneKeys.detail(id), 'updates'] as const,
}

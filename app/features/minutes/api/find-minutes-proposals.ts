import { useMutation } from '@tanstack/react-query'
import type { MinutesProposal, MinutesProposalsInput } from '@/contract/minutes'
import { apiPaths } from '@/contract/paths'
import { apiRequest } from '@/lib/api-client'

/** Reads a meeting's minutes for what they seem to record; the API writes nothing. */
export function findMinutesProposals(input: MinutesProposalsInput): Promise<MinutesProposal[]> {
  return apiRequest<MinutesProposal[]>(apiPaths.minutesProposals, { method: 'POST', body: input })
}

/** A mutation only because it is a POST: it changes nothing, so nothing is invalidated. */
export function useFindMinutesProposals() {
  return useMutation({ mutationFn: findMinutesProposals })
}

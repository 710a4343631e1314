import { queryOptions } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { PersonChange } from '@/contract/person-changes'
import { apiRequest } from '@/lib/api-client'
import { peopleKeys } from '@/lib/query-keys'

export function getPersonChanges(personId: string, signal?: AbortSignal): Promise<PersonChange[]> {
  return apiRequest<PersonChange[]>(apiPaths.personChanges(personId), { signal })
}

/** A person's recorded changes of role and seats, newest first; none asked for (null) when there is no such person. */
export function personChangesQueryOptions(personId: string | null) {
  return queryOptions({
    queryKey: peopleKeys.changesOf(personId),
    queryFn: ({ signal }): Promise<PersonChange[]> => (personId === null ? Promise.resolve([]) : getPersonChanges(personId, signal)),
  })
}

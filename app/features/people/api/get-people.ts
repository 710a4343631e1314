import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { Person } from '@/contract/people'
import { apiRequest } from '@/lib/api-client'
import { peopleKeys } from '@/lib/query-keys'
import { useActingAsStore } from '@/stores/acting-as-store'


export function getPeople(signal?: AbortSignal): Promise<Person[]> {
  return apiRequest<Person[]>(apiPaths.people, { signal })
}

export function peopleQueryOptions() {
  return queryOptions({ queryKey: peopleKeys.list(), queryFn: ({ signal }) => getPeople(signal), staleTime: 60_000 })
}

export function usePeople() {
  return useSuspenseQuery(peopleQueryOptions())
}

/** The person the user acts as, or null before they choose (or if that person is gone). */
export function useActingPerson(): Person | null {
  const personId = useActingAsStore((state) => state.personId)
  const { data } = useQuery(peopleQueryOptions())
  return data?.find((person) => person.id === personId) ?? null
}

export function personName(people: Person[], id: string): string {
  return people.find((person) => person.id === id)?.name ?? 'Unknown person'
}

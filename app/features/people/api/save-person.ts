import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@/contract/paths'
import type { CreatePersonInput, Person, UpdatePersonInput } from '@/contract/people'
import { apiRequest } from '@/lib/api-client'
import { boardKeys, peopleKeys } from '@/lib/query-keys'

export function createPerson(input: CreatePersonInput): Promise<Person> {
  return apiRequest<Person>(apiPaths.people, { method: 'POST', body: input })
}

export function updatePerson({ id, version, input }: { id: string; version: number; input: UpdatePersonInput }): Promise<Person> {
  return apiRequest<Person>(apiPaths.person(id), { method: 'PATCH', body: input, ifMatch: version })
}

/** A person's change can change boards too (memberships): both are refetched. */
function useAfterPersonSaved() {
  const queryClient = useQueryClient()
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: peopleKeys.all }), queryClient.invalidateQueries({ queryKey: boardKeys.all })])
}

export function useCreatePerson() {
  const saved = useAfterPersonSaved()
  return useMutation({ mutationFn: createPerson, onSuccess: saved })
}

export function useUpdatePerson() {
  const saved = useAfterPersonSaved()
  return useMutation({ mutationFn: updatePerson, onSuccess: saved })
}

import { z } from 'zod'
import { idSchema, requiredText, versionSchema } from './common'

export const roles = ['chair', 'director', 'member'] as const
export const roleSchema = z.enum(roles, { error: 'Select a role' })
export type Role = z.infer<typeof roleSchema>

export const roleLabels: Record<Role, string> = {
  chair: 'Board chair',
  director: 'Director or head of service',
  member: 'Elected member (read only)',
}

/** "director or head of service, administrator": a person's role, and whether they administer the service, in words. */
export function roleInWords(person: { role: Role; isAdmin?: boolean | undefined }): string {
  const role = roleLabels[person.role].toLowerCase()
  return person.isAdmin ? `${role}, administrator` : role
}

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  jobTitle: z.string(),
  role: roleSchema,
  /** May restore a backup or reset the data, whatever their role. */
  isAdmin: z.boolean(),
  version: versionSchema,
})
export type Person = z.infer<typeof personSchema>

export const createPersonInputSchema = z.strictObject({
  name: requiredText('a name', 120),
  jobTitle: requiredText('a job title', 160),
  role: roleSchema,
})
export type CreatePersonInput = z.input<typeof createPersonInputSchema>

import { useState, type FormEvent } from 'react'
import type { z } from 'zod'
import { useForm, type FormSpec, type SaveCallbacks } from '@/lib/use-form'

/** What accepting a proposal made: its id and title, for the link to it. */
export interface Made {
  id: string
  title: string
}

/** Saves what a proposal became through another feature's create request (the route composes them). */
export type Accept<Input> = (input: Input, callbacks: SaveCallbacks<Made>) => void

/**
 * A proposal's form: its fields start from the proposal and are kept as a draft; "Accept" saves
 * them as they stand, or, when something is still to be chosen or the save fails, opens the
 * fields with the problem beside them. Nothing typed is lost either way.
 */
export function useProposalForm<Draft extends object, Input extends z.ZodType>(spec: FormSpec<Draft, Input> & { schema: Input }, accept: Accept<z.output<Input>>, onAccepted: (made: Made) => void) {
  const form = useForm(spec)
  const [editing, setEditing] = useState(false)

  /** Whether the draft would be accepted as it stands, asked without showing any error. */
  const complete = (() => {
    const { input, problems = [] } = spec.toInput(form.draft)
    return problems.length === 0 && spec.schema.safeParse(input).success
  })()

  const save = () => {
    const input = form.check()
    if (!input) {
      setEditing(true)
      return
    }
    accept(input, {
      onSuccess: (made) => {
        form.saved()
        setEditing(false)
        onAccepted(made)
      },
      onError: (error) => {
        form.failed(error)
        setEditing(true)
      },
    })
  }

  return {
    form,
    editing,
    complete,
    edit: () => setEditing(true),
    stopEditing: () => setEditing(false),
    accept: save,
    submit: (event: FormEvent) => {
      event.preventDefault()
      save()
    },
  }
}

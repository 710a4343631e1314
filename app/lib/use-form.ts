import { useState, type FormEvent } from 'react'
import type { z } from 'zod'
import type { FieldError } from '@/contract/problem'
import { isApiError } from './api-error'
import { errorsByField, saveErrors, zodFieldErrors } from './form-errors'
import { useDraft } from './use-draft'

/**
 * A request schema loaded when the person starts on the form rather than with the page, for a page
 * that must load fast on a first visit and otherwise needs no zod (the welcome page). Make one per
 * form at module level, so that it loads once.
 */
export interface LazySchema<Input extends z.ZodType> {
  load: () => Promise<Input>
}

export function lazySchema<Input extends z.ZodType>(load: () => Promise<Input>): LazySchema<Input> {
  let loading: Promise<Input> | undefined
  return {
    // A failed load (the network dropped) is tried again on the next submit.
    load: () =>
      (loading ??= load().catch((error: unknown) => {
        loading = undefined
        throw error
      })),
  }
}

const isLazy = <Input extends z.ZodType>(schema: Input | LazySchema<Input>): schema is LazySchema<Input> => 'load' in schema && typeof schema.load === 'function'

/** The error summary's words when a lazy schema could not load: nothing was sent, and what was typed stays. */
export const SCHEMA_NOT_LOADED = 'Your answers could not be checked, because part of the app did not load. Check your connection, then try again.'

export interface FormSpec<Draft extends object, Input extends z.ZodType, Current = never> {
  /** Where what the person typed is kept until it is saved: one key per form and record. */
  draftKey: string
  initial: Draft
  /** The contract's request schema: its messages are the ones shown. Lazy: it loads when the form takes focus, or on submit. */
  schema: Input | LazySchema<Input>
  /** The fields in the order the page shows them: the error summary follows it. */
  fieldOrder: readonly string[]
  /** The request body the draft stands for, and problems only the form can see (a date that is not a real one). */
  toInput: (draft: Draft) => { input: unknown; problems?: FieldError[]; covers?: string[] }
  /** Reads the record as it now stands from a 412, for a form that shows the conflict and offers to save on top. */
  conflictSchema?: z.ZodType<Current>
  /** The sentence for a 412 where the form shows no conflict view. */
  conflictMessage?: string
}

/** What a mutation's `mutate` takes as its second argument. */
export interface SaveCallbacks<Result> {
  onSuccess: (result: Result) => void
  onError: (error: unknown) => void
}

/** Errors in the order of the fields on the page; ones about no field first. */
export function inFieldOrder(errors: FieldError[], fieldOrder: readonly string[]): FieldError[] {
  const rank = (error: FieldError) => {
    const field = error.path.split('.')[0] ?? ''
    if (field === '') return -1
    const index = fieldOrder.indexOf(field)
    return index === -1 ? fieldOrder.length : index
  }
  return errors.map((error, index) => ({ error, index })).sort((a, b) => rank(a.error) - rank(b.error) || a.index - b.index).map(({ error }) => error)
}

/**
 * Every form's steps, once: the draft kept, the request checked against the contract with its
 * errors in field order, a failed save's 400 mapped to the fields, a 412 shown as a conflict,
 * and nothing typed lost on any failure.
 */
export function useForm<Draft extends object, Input extends z.ZodType, Current = never>(spec: FormSpec<Draft, Input, Current>) {
  const [draft, setDraft, clearDraft] = useDraft<Draft>(spec.draftKey, spec.initial)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [conflict, setConflict] = useState<Current | null>(null)

  /** The checked request body, or null once the problems are showing. */
  const checkWith = (schema: Input): z.output<Input> | null => {
    const { input, problems = [], covers = [] } = spec.toInput(draft)
    const parsed = schema.safeParse(input)
    // The form's own problems replace the schema's about the same fields (and any they say they cover).
    const formFields = new Set([...problems.map((problem) => problem.path.split('.')[0]), ...(problems.length > 0 ? covers : [])])
    const found = [...problems, ...(parsed.success ? [] : zodFieldErrors(parsed.error).filter((error) => !formFields.has(error.path.split('.')[0])))]
    if (found.length > 0 || !parsed.success) {
      setErrors(inFieldOrder(found, spec.fieldOrder))
      return null
    }
    setErrors([])
    return parsed.data
  }

  /** The checked request body, or null once the problems are showing (a form with a lazy schema submits through handleSubmit). */
  const check = (): z.output<Input> | null => {
    if (isLazy(spec.schema)) throw new Error(`${spec.draftKey}: a form with a lazy schema is checked by handleSubmit`)
    return checkWith(spec.schema)
  }

  /** Starts loading a lazy schema (the form's onFocus), so that it is there by the time the person submits. */
  const prepare = () => {
    if (isLazy(spec.schema)) spec.schema.load().catch(() => undefined)
  }

  /** For the mutation's onSuccess: the draft is no longer needed. */
  const saved = () => {
    clearDraft()
    setErrors([])
    setConflict(null)
  }

  /** For the mutation's onError: the draft stays; the problem shows where it belongs. */
  const failed = (error: unknown) => {
    if (spec.conflictSchema && isApiError(error, 412)) {
      const current = spec.conflictSchema.safeParse(error.problem.current)
      if (current.success) {
        setErrors([])
        setConflict(current.data)
        return
      }
    }
    setErrors(inFieldOrder(saveErrors(error, spec.conflictMessage), spec.fieldOrder))
  }

  /**
   * The form's submit handler: check, then `send` the request with the callbacks that keep the
   * draft until it is saved and show a failure where it belongs; `onSaved` runs after a save.
   */
  const handleSubmit =
    <Result>(send: (input: z.output<Input>, callbacks: SaveCallbacks<Result>) => void, onSaved?: (result: Result) => void) =>
    (event: FormEvent) => {
      event.preventDefault()
      const sendChecked = (schema: Input) => {
        const input = checkWith(schema)
        if (!input) return
        send(input, {
          onSuccess: (result) => {
            saved()
            onSaved?.(result)
          },
          onError: failed,
        })
      }
      if (!isLazy(spec.schema)) return sendChecked(spec.schema)
      spec.schema.load().then(sendChecked, () => setErrors([{ path: '', message: SCHEMA_NOT_LOADED }]))
    }

  return {
    draft,
    handleSubmit,
    set: (patch: Partial<Draft>) => setDraft({ ...draft, ...patch }),
    errors,
    byField: errorsByField(errors),
    conflict,
    dismissConflict: () => setConflict(null),
    check,
    prepare,
    saved,
    failed,
    /** Forgets what was typed (the person chose to discard it). */
    discard: () => {
      clearDraft()
      setErrors([])
      setConflict(null)
    },
  }
}

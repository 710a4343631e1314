import { act, renderHook, waitFor } from '@testing-library/react'
import type { FormEvent } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ApiError } from './api-error'
import { useActingAsStore } from '@/stores/acting-as-store'
import { draftStorageKey } from './use-draft'
import { inFieldOrder, lazySchema, SCHEMA_NOT_LOADED, useForm } from './use-form'

const schema = z.strictObject({ title: z.string().min(1, { error: 'Enter a title' }), owner: z.string({ error: 'Select an owner' }) })
const current = z.object({ version: z.number() })

function renderForm() {
  return renderHook(() =>
    useForm({
      draftKey: 'use-form-test',
      initial: { title: '', owner: '', date: '' },
      schema,
      fieldOrder: ['title', 'owner', 'date'],
      toInput: (draft) => ({
        input: { title: draft.title, owner: draft.owner || undefined },
        problems: draft.date === 'nonsense' ? [{ path: 'date', message: 'Date must be a real date' }] : [],
      }),
      conflictSchema: current,
    }),
  )
}

describe('useForm', () => {
  it('shows the contract’s messages in the order of the fields, and sends nothing', () => {
    const { result } = renderForm()
    act(() => result.current.set({ date: 'nonsense' }))
    let input: unknown
    act(() => {
      input = result.current.check()
    })
    expect(input).toBeNull()
    expect(result.current.errors.map((error) => error.message)).toEqual(['Enter a title', 'Select an owner', 'Date must be a real date'])
    expect(result.current.byField.owner).toBe('Select an owner')
  })

  it('keeps the draft after a failed save, maps a 400 to its fields and a 412 to the conflict', () => {
    const { result } = renderForm()
    act(() => result.current.set({ title: 'Audit', owner: 'p-1' }))
    act(() => result.current.failed(new ApiError({ type: '/problems/validation', title: 'Invalid', status: 400, errors: [{ path: 'owner', message: 'Select an officer' }] })))
    expect(result.current.byField.owner).toBe('Select an officer')
    act(() => result.current.failed(new ApiError({ type: '/problems/precondition-failed', title: 'Changed', status: 412, current: { version: 7 } })))
    expect(result.current.conflict).toEqual({ version: 7 })
    expect(result.current.errors).toEqual([])
    act(() => result.current.failed(new ApiError({ type: '/problems/storage', title: 'Not saved', status: 507, detail: 'No room.' })))
    expect(result.current.errors).toEqual([{ path: '', message: 'Not saved. No room.' }])
    expect(result.current.draft).toMatchObject({ title: 'Audit', owner: 'p-1' })
    const key = draftStorageKey(useActingAsStore.getState().personId, 'use-form-test')
    expect(JSON.parse(localStorage.getItem(key) ?? '{}').value).toMatchObject({ title: 'Audit' })
  })

  it('forgets the draft once saved', () => {
    const { result } = renderForm()
    act(() => result.current.set({ title: 'Audit', owner: 'p-1' }))
    act(() => result.current.saved())
    expect(result.current.draft.title).toBe('')
  })
})

describe('useForm with a lazy schema', () => {
  const submitEvent = () => ({ preventDefault: () => undefined }) as FormEvent

  function renderLazyForm(load: () => Promise<typeof schema>) {
    const lazy = lazySchema(load)
    return renderHook(() =>
      useForm({
        draftKey: 'use-form-lazy-test',
        initial: { title: '', owner: '' },
        schema: lazy,
        fieldOrder: ['title', 'owner'],
        toInput: (draft) => ({ input: { title: draft.title, owner: draft.owner || undefined } }),
      }),
    )
  }

  it('checks against the schema once it has loaded, then sends what it checked', async () => {
    const load = vi.fn(async () => schema)
    const { result } = renderLazyForm(load)
    const send = vi.fn()
    act(() => result.current.handleSubmit(send)(submitEvent()))
    await waitFor(() => expect(result.current.errors.map((error) => error.message)).toEqual(['Enter a title', 'Select an owner']))
    expect(send).not.toHaveBeenCalled()
    act(() => result.current.set({ title: 'Audit', owner: 'p-1' }))
    act(() => result.current.handleSubmit(send)(submitEvent()))
    await waitFor(() => expect(send).toHaveBeenCalledWith({ title: 'Audit', owner: 'p-1' }, expect.anything()))
    // Loaded once, however often the form is focused or submitted.
    act(() => result.current.prepare())
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('says so when the schema cannot load, sends nothing, keeps what was typed, and tries again on the next submit', async () => {
    const load = vi.fn<() => Promise<typeof schema>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(schema)
    const { result } = renderLazyForm(load)
    const send = vi.fn()
    act(() => result.current.set({ title: 'Audit', owner: 'p-1' }))
    act(() => result.current.handleSubmit(send)(submitEvent()))
    await waitFor(() => expect(result.current.errors).toEqual([{ path: '', message: SCHEMA_NOT_LOADED }]))
    expect(send).not.toHaveBeenCalled()
    expect(result.current.draft).toMatchObject({ title: 'Audit', owner: 'p-1' })
    act(() => result.current.handleSubmit(send)(submitEvent()))
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1))
    expect(result.current.errors).toEqual([])
  })
})

describe('inFieldOrder', () => {
  it('puts errors about no field first, then by field, keeping order within a field', () => {
    const errors = [
      { path: 'b', message: 'b1' },
      { path: '', message: 'general' },
      { path: 'a.0', message: 'a1' },
      { path: 'b', message: 'b2' },
      { path: 'zzz', message: 'unknown' },
    ]
    expect(inFieldOrder(errors, ['a', 'b']).map((error) => error.message)).toEqual(['general', 'a1', 'b1', 'b2', 'unknown'])
  })
})

import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiError } from './api-error'
import { useActingAsStore } from '@/stores/acting-as-store'
import { draftStorageKey } from './use-draft'
import { inFieldOrder, useForm } from './use-form'

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

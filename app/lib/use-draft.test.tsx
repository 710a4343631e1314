import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useActingAsStore } from '@/stores/acting-as-store'
import { draftStorageKey, useDraft } from './use-draft'

afterEach(() => {
  act(() => useActingAsStore.getState().setPersonId(null))
  vi.useRealTimers()
})

const initial = { commentary: '' }

describe('useDraft', () => {
  it('keeps what was typed in durable storage, so a new tab (a fresh mount) finds it', () => {
    act(() => useActingAsStore.getState().setPersonId('p-director'))
    const first = renderHook(() => useDraft('milestone-update:m-1', initial))
    act(() => first.result.current[1]({ commentary: 'Sign-off delayed.' }))
    first.unmount()
    const second = renderHook(() => useDraft('milestone-update:m-1', initial))
    expect(second.result.current[0]).toEqual({ commentary: 'Sign-off delayed.' })
    expect(localStorage.getItem(draftStorageKey('p-director', 'milestone-update:m-1'))).toContain('Sign-off delayed.')
  })

  it('keeps each person’s drafts apart, and forgets a draft once saved', () => {
    act(() => useActingAsStore.getState().setPersonId('p-director'))
    const mine = renderHook(() => useDraft('milestone-update:m-1', initial))
    act(() => mine.result.current[1]({ commentary: 'Mine.' }))
    act(() => useActingAsStore.getState().setPersonId('p-other'))
    const theirs = renderHook(() => useDraft('milestone-update:m-1', initial))
    expect(theirs.result.current[0]).toEqual(initial)
    // The open form now belongs to the other person too: it shows their (empty) draft, not a copy of mine.
    expect(mine.result.current[0]).toEqual(initial)
    expect(localStorage.getItem(draftStorageKey('p-other', 'milestone-update:m-1'))).toBeNull()
    act(() => useActingAsStore.getState().setPersonId('p-director'))
    expect(mine.result.current[0]).toEqual({ commentary: 'Mine.' })
    act(() => mine.result.current[2]())
    expect(localStorage.getItem(draftStorageKey('p-director', 'milestone-update:m-1'))).toBeNull()
  })

  it('writes nothing for a form only opened, and lets a draft go after 30 days', () => {
    renderHook(() => useDraft('report-new', initial))
    expect(localStorage.length).toBe(0)
    localStorage.setItem(draftStorageKey(null, 'old'), JSON.stringify({ savedAt: Date.now() - 31 * 24 * 60 * 60 * 1000, value: { commentary: 'Stale' } }))
    expect(renderHook(() => useDraft('old', initial)).result.current[0]).toEqual(initial)
  })
})

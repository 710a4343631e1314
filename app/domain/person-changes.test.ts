// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { PersonFieldChange } from '@/contract/person-changes'
import { newestFirst, personChangesOf, personChangeSummary, personFieldChangeWords, seatChanges } from './person-changes'

const board = (overrides: { chairId?: string; memberIds?: string[]; officerIds?: string[] } = {}) => ({ id: 'b1', chairId: 'chair', memberIds: [], officerIds: [], ...overrides })
const person = (overrides: { role?: 'chair' | 'director' | 'member'; isAdmin?: boolean; active?: boolean } = {}) => ({ id: 'p1', role: 'member' as const, isAdmin: false, active: true, ...overrides })
const boardNames = (id: string) => ({ b1: 'the Scrutiny Board', b2: 'the Improvement Board' })[id] ?? id

describe('what is recorded about a person', () => {
  it('on adding them: their role, and that they administer only when they do', () => {
    expect(personChangesOf([{ before: null, after: person() }], [])).toEqual(new Map([['p1', [{ field: 'role', from: null, to: 'member' }]]]))
    expect(personChangesOf([{ before: null, after: person({ isAdmin: true }) }], []).get('p1')).toEqual([
      { field: 'role', from: null, to: 'member' },
      { field: 'isAdmin', from: null, to: true },
    ])
  })

  it('on a change: each of role, administrator and active that changed; nothing when none did', () => {
    expect(personChangesOf([{ before: person(), after: person() }], []).size).toBe(0)
    expect(personChangesOf([{ before: person(), after: person({ role: 'director', isAdmin: true, active: false }) }], []).get('p1')).toEqual([
      { field: 'role', from: 'member', to: 'director' },
      { field: 'isAdmin', from: false, to: true },
      { field: 'active', from: true, to: false },
    ])
  })

  it('each seat that changed on a board, chairing counted before any other seat', () => {
    const changes = seatChanges([{ before: board({ memberIds: ['a', 'b'], officerIds: ['c'] }), after: board({ chairId: 'a', memberIds: ['a', 'chair'], officerIds: ['c'] }) }])
    expect(Object.fromEntries(changes)).toEqual({
      a: [{ field: 'board', boardId: 'b1', from: 'member', to: 'chair' }],
      b: [{ field: 'board', boardId: 'b1', from: 'member', to: null }],
      chair: [{ field: 'board', boardId: 'b1', from: 'chair', to: 'member' }],
    })
    expect(Object.fromEntries(seatChanges([{ before: null, after: board({ officerIds: ['c'] }) }]))).toEqual({
      chair: [{ field: 'board', boardId: 'b1', from: null, to: 'chair' }],
      c: [{ field: 'board', boardId: 'b1', from: null, to: 'officer' }],
    })
  })
})

describe('recorded changes in words', () => {
  it.each<[PersonFieldChange, string]>([
    [{ field: 'role', from: null, to: 'member' }, 'Added as an elected member'],
    [{ field: 'role', from: null, to: 'director' }, 'Added as a director or head of service'],
    [{ field: 'role', from: 'member', to: 'chair' }, 'Role changed from elected member to board chair'],
    [{ field: 'isAdmin', from: false, to: true }, 'Made an administrator'],
    [{ field: 'isAdmin', from: true, to: false }, 'No longer an administrator'],
    [{ field: 'active', from: true, to: false }, 'Deactivated'],
    [{ field: 'active', from: false, to: true }, 'Reactivated'],
    [{ field: 'board', boardId: 'b1', from: null, to: 'chair' }, 'Made chair of the Scrutiny Board'],
    [{ field: 'board', boardId: 'b1', from: null, to: 'officer' }, 'Made an officer of the Scrutiny Board'],
    [{ field: 'board', boardId: 'b2', from: 'member', to: null }, 'No longer a member of the Improvement Board'],
    [{ field: 'board', boardId: 'b1', from: 'chair', to: 'member' }, 'Now a member of the Scrutiny Board (was chair)'],
  ])('%j', (change, words) => {
    expect(personFieldChangeWords(change, boardNames)).toBe(words)
  })

  it('joins an entry’s changes into one sentence', () => {
    const changes: PersonFieldChange[] = [
      { field: 'active', from: true, to: false },
      { field: 'board', boardId: 'b1', from: 'member', to: null },
    ]
    expect(personChangeSummary({ changes }, boardNames)).toBe('Deactivated; No longer a member of the Scrutiny Board')
  })

  it('orders entries newest first, whatever offset their instants carry', () => {
    const entries = [
      { id: 'a', at: '2026-11-23T10:00:00.000Z' },
      { id: 'b', at: '2026-11-23T10:30:00+01:00' },
      { id: 'c', at: '2026-11-23T10:00:00.000Z' },
    ]
    expect(newestFirst(entries).map((entry) => entry.id)).toEqual(['c', 'a', 'b'])
  })
})

import { describe, expect, it } from 'vitest'
import { summariseBackupText } from './backup-summary'

describe('summariseBackupText', () => {
  it('counts the records of each table a backup holds and reads when it was made', () => {
    const text = JSON.stringify({ exportedAt: '2026-11-20T09:00:00.000Z', data: { plans: [{}, {}], people: [{}], note: 'not a table' } })
    expect(summariseBackupText(text)).toEqual({ exportedAt: '2026-11-20T09:00:00.000Z', counts: { plans: 2, people: 1 } })
  })

  it('leaves unknown what a file that is not a backup does not say', () => {
    expect(summariseBackupText('{"data": [1, 2]}')).toEqual({ exportedAt: null, counts: null })
    expect(summariseBackupText('not json')).toEqual({ exportedAt: null, counts: null })
    expect(summariseBackupText('null')).toEqual({ exportedAt: null, counts: null })
  })
})

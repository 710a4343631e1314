// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { changesData } from './changes-data'
import { apiPaths } from './paths'

describe('which accepted requests are announced to other pages', () => {
  it('every change, but not a read, nor the POST that only reads minutes', () => {
    expect(changesData('POST', apiPaths.reports)).toBe(true)
    expect(changesData('PATCH', apiPaths.report('r-1'))).toBe(true)
    expect(changesData('DELETE', apiPaths.milestone('m-1'))).toBe(true)
    expect(changesData('GET', apiPaths.reports)).toBe(false)
    expect(changesData('HEAD', apiPaths.reports)).toBe(false)
    expect(changesData('POST', apiPaths.minutesProposals)).toBe(false)
  })
})

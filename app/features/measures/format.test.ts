// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { changeInWords, marginInWords, parseFigure, targetInWords, thresholdsInWords, valueWithUnit } from './format'

const assessments = { unit: '%', direction: 'higher-is-better' as const, target: 90, greenFrom: 90, amberFrom: 80 }
const caseloads = { unit: 'children per social worker', direction: 'lower-is-better' as const, target: 18, greenFrom: 18, amberFrom: 21 }

describe('measure figures in words', () => {
  it('joins a value to its unit', () => {
    expect(valueWithUnit(78, '%')).toBe('78%')
    expect(valueWithUnit(20.6, 'children per social worker')).toBe('20.6 children per social worker')
    expect(valueWithUnit(1234.5678, 'days')).toBe('1,234.568 days')
  })

  it('says the target and the thresholds the way the measure is read', () => {
    expect(targetInWords(assessments)).toBe('At least 90%')
    expect(targetInWords(caseloads)).toBe('At most 18 children per social worker')
    expect(thresholdsInWords(assessments)).toEqual({ green: '90% or more', amber: '80% up to just under 90%', red: 'below 80%' })
    expect(thresholdsInWords(caseloads)).toEqual({
      green: '18 children per social worker or less',
      amber: 'over 18 children per social worker, up to 21 children per social worker',
      red: 'over 21 children per social worker',
    })
    expect(thresholdsInWords({ ...assessments, amberFrom: 90 }).amber).toBeNull()
  })

  it('says how far a value is from the target, in percentage points for a percentage', () => {
    expect(marginInWords(78, assessments)).toBe('12 percentage points below the target')
    expect(marginInWords(91, assessments)).toBe('1 percentage point above the target')
    expect(marginInWords(20.6, caseloads)).toBe('2.6 children per social worker above the target')
    expect(marginInWords(18, caseloads)).toBe('At the target')
    expect(marginInWords(20.6, caseloads, { compact: true })).toBe('2.6 above the target')
    expect(marginInWords(78, assessments, { compact: true })).toBe('12 percentage points below the target')
  })

  it('says which way it moved since the month before', () => {
    expect(changeInWords('better', { month: '2026-09', value: 81 }, '%')).toBe('Better than September 2026 (81%)')
    expect(changeInWords('same', { month: '2026-09', value: 81 }, '%')).toBe('No change since September 2026 (81%)')
  })

  it.each([
    ['78', 78],
    [' 78.5% ', 78.5],
    ['1,234', 1234],
    ['-3', -3],
    ['', undefined],
    ['seventy', 'seventy'],
    ['12abc', '12abc'],
    ['Infinity', 'Infinity'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseFigure(text)).toEqual(expected)
  })
})

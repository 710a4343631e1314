import { describe, expect, it } from 'vitest'
import { chartIsReadable } from './chart-style'

describe('chartIsReadable', () => {
  it('draws a 960-wide chart at full size on a desktop: its 13px text stays 13px', () => {
    expect(chartIsReadable(960, 960)).toBe(true)
  })

  it('shows the table instead on a phone, where a 960-wide chart would shrink its words to 5px', () => {
    expect(chartIsReadable(345, 960)).toBe(false)
  })

  it('draws the chart only while its smallest text is at least 12px', () => {
    // 13px text at 12/13 of its width is exactly 12px.
    expect(chartIsReadable((960 * 12) / 13, 960)).toBe(true)
    expect(chartIsReadable((960 * 12) / 13 - 1, 960)).toBe(false)
  })

  it('draws the chart before it is laid out (no width yet)', () => {
    expect(chartIsReadable(0, 960)).toBe(true)
  })
})

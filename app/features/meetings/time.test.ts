import { describe, expect, it } from 'vitest'
import { formatTime, parseTime } from './time'

describe('a meeting’s time in words', () => {
  it.each([
    ['14:00', '2pm'],
    ['10:30', '10:30am'],
    ['09:05', '9:05am'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['00:00', 'midnight'],
    ['18:45', '6:45pm'],
  ])('%s is %s', (time, words) => {
    expect(formatTime(time)).toBe(words)
  })
})

describe('reading a time someone typed', () => {
  it.each([
    ['14:00', '14:00'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['2pm', '14:00'],
    ['2 PM', '14:00'],
    ['10:30am', '10:30'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['midday', '12:00'],
    ['', undefined],
    ['   ', undefined],
  ])('%j is %j', (typed, time) => {
    expect(parseTime(typed)).toBe(time)
  })

  it.each(['14', '25:00', '10:60', '13pm', '0am', 'tea time', '10:5'])('%j is not a time', (typed) => {
    expect(parseTime(typed)).toBeNull()
  })
})

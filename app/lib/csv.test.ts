import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['+44 1234', "'+44 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('leaves numbers as numbers and writes CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [-2, null]])).toBe('a,b\r\n1,x\r\n-2,\r\n')
  })
})

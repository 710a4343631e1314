import { describe, expect, it } from 'vitest'
import { cssString, printedPageName, printedPagesCss } from './print-pages'

describe('cssString', () => {
  it.each([
    ['Northshire Improvement Board', '"Northshire Improvement Board"'],
    ['The “Front Door” review', '"The “Front Door” review"'],
    ['A "quoted" word', String.raw`"A \"quoted\" word"`],
    [String.raw`back\slash`, String.raw`"back\\slash"`],
    ['two\nlines\r\nhere', '"two lines here"'],
  ])('holds %j as one CSS string', (text, css) => {
    expect(cssString(text)).toBe(css)
  })

  it('cannot be closed early by a title written to break out of it', () => {
    const css = printedPagesCss('Board', [{ key: 'item-1', header: 'x"; } body { display: none } @page { content: "' }])
    // Every double quote inside the header is escaped, so the header stays one string.
    const header = css.match(/@top-right \{ content: ("(?:[^"\\]|\\.)*");/)?.[1]
    expect(header).toBe(String.raw`"x\"; } body { display: none } @page { content: \""`)
  })
})

describe('printedPagesCss', () => {
  it('heads every page with the title, each part’s pages with its header, and a front sheet with none', () => {
    const css = printedPagesCss('Board, 10 December 2026', [
      { key: 'front', header: null },
      { key: 'item-3', header: 'Item 3: Progress report' },
    ])
    expect(css).toContain(`@page { @top-left { content: "Board, 10 December 2026";`)
    expect(css).toContain(`.${printedPageName('item-3')} { page: ${printedPageName('item-3')}; }`)
    expect(css).toContain(`@top-right { content: "Item 3: Progress report";`)
    expect(css).toContain(`@page ${printedPageName('front')} { @top-left { content: none; } @top-right { content: none; } }`)
  })

  it('names pages from keys with only letters, digits and hyphens', () => {
    expect(printedPageName('report items/4 5')).toBe('app-printed-report-items-4-5')
  })
})

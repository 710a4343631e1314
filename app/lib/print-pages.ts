import { useEffect } from 'react'

/**
 * Running headers for a printed page (CSS paged media). A part of the page names its printed pages
 * (`page: <name>`, by class); each name's header says what is on those pages, such as the agenda
 * item. The rules are made here, with the page's own words, as a constructed style sheet: the
 * content security policy allows no inline <style>, and a constructed sheet is not one.
 */
export interface PrintedPart {
  /** The class that names the part's printed pages: `app-printed-<key>`. */
  key: string
  /** What its pages' running header says on the right, such as "Item 3: Progress report"; none for a front sheet. */
  header: string | null
}

/** A CSS string holding `text`, whatever it contains: a quote or backslash escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\n\r\f\u2028\u2029]+/g, ' ')}"`
}

/** A part's printed-page name and class, from its key (letters, digits and hyphens only). */
export function printedPageName(key: string): string {
  return `app-printed-${key.replace(/[^a-z0-9-]/gi, '-')}`
}

/** The style sheet's text: every page headed `title` on the left, each part's pages headed on the right. */
export function printedPagesCss(title: string, parts: readonly PrintedPart[]): string {
  const margin = (where: string, content: string) => `@${where} { content: ${content}; font-family: Arial, sans-serif; font-size: 9pt; color: #505a5f; }`
  const rules = [`@page { ${margin('top-left', cssString(title))} }`]
  for (const part of parts) {
    const name = printedPageName(part.key)
    rules.push(`.${name} { page: ${name}; }`)
    rules.push(
      part.header === null
        ? `@page ${name} { @top-left { content: none; } @top-right { content: none; } }`
        : `@page ${name} { ${margin('top-left', cssString(title))} ${margin('top-right', cssString(part.header))} }`,
    )
  }
  return rules.join('\n')
}

/** While the page is shown, its printed pages carry these running headers. */
export function usePrintedPages(title: string, parts: readonly PrintedPart[]): void {
  const css = printedPagesCss(title, parts)
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet)
    }
  }, [css])
}

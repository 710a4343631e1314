/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), with one addition: a text cell starting with =, +, -, @, tab or
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text and never runs it.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** Hands a text file to the browser to save. */
export function downloadText(fileName: string, text: string, type: string): void {
  // A byte order mark lets Excel read UTF-8 CSV correctly.
  const blob = new Blob([type.startsWith('text/csv') ? '\uFEFF' : '', text], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

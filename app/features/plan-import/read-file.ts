import { MAX_IMPORT_FILE_BYTES } from '@/contract/imports'
import type { Cell } from './cells'

/** A spreadsheet as read: its sheets' rows of cells, and the SHA-256 of its bytes (how a second import of it is noticed). */
export interface Workbook {
  fileName: string
  fileHash: string
  sheets: Array<{ name: string; rows: Cell[][] }>
}

/** A file the import cannot read, with the sentence that says why. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError'
}

const kinds = {
  xlsx: /\.xlsx$/i,
  csv: /\.csv$/i,
}

/** What the file upload checks before reading a byte: kind and size. Null when it will try. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (/\.(xls|xlsm|xlsb|ods|numbers)$/i.test(file.name)) return 'The selected file must be an .xlsx or .csv file: open it in your spreadsheet program and save it as an Excel Workbook (.xlsx) or as CSV'
  if (!kinds.xlsx.test(file.name) && !kinds.csv.test(file.name)) return 'The selected file must be an .xlsx or .csv file'
  if (file.size === 0) return 'The selected file is empty'
  if (file.size > MAX_IMPORT_FILE_BYTES) return `The selected file must be smaller than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`
  return null
}

/** SHA-256 of the bytes, in lower-case hex. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * CSV text: UTF-8 (with or without its byte order mark) or, failing that, Windows-1252, which is
 * what Excel's "CSV (Comma delimited)" writes on a UK PC.
 */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/**
 * Reads an .xlsx or .csv file. The readers (read-excel-file with fflate, papaparse) are loaded here,
 * on demand, so their code is fetched only by the import page, and only for the kind of file chosen.
 */
export async function readSpreadsheet(file: File): Promise<Workbook> {
  const problem = fileProblem(file)
  if (problem) throw new UnreadableFileError(problem)
  const bytes = await file.arrayBuffer()
  const fileHash = await sha256Hex(bytes)
  if (kinds.csv.test(file.name)) {
    const { default: Papa } = await import('papaparse')
    const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false })
    const broken = parsed.errors.find((error) => error.type === 'Quotes')
    if (broken) throw new UnreadableFileError(`The file could not be read as CSV: a quoted cell in row ${(broken.row ?? 0) + 1} is never closed`)
    return { fileName: file.name, fileHash, sheets: [{ name: file.name, rows: withoutTrailingBlanks(parsed.data) }] }
  }
  const [{ default: readXlsxFile }, fflate] = await Promise.all([import('read-excel-file/browser'), import('fflate')])
  let workbook: ArrayBuffer
  try {
    workbook = storedWorkbook(new Uint8Array(bytes), fflate)
  } catch (failure) {
    if (failure instanceof UnreadableFileError) throw failure
    throw new UnreadableFileError(NOT_A_WORKBOOK)
  }
  try {
    const sheets = await readXlsxFile(workbook)
    return { fileName: file.name, fileHash, sheets: sheets.map(({ sheet, data }) => ({ name: sheet, rows: withoutTrailingBlanks(data as Cell[][]) })) }
  } catch {
    throw new UnreadableFileError(NOT_A_WORKBOOK)
  }
}

const NOT_A_WORKBOOK = 'The file could not be read as an Excel workbook: it may be damaged or protected by a password. Open it in Excel and save it again as an Excel Workbook (.xlsx)'
/** What a workbook's text may unpack to: far beyond any tracker, short of what would exhaust the page's memory. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024

/**
 * The workbook's XML parts, unpacked here and packed again without compression. read-excel-file
 * unzips with fflate, which hands any part over 512 kB to a Web Worker made from a blob: URL; the
 * app's Content-Security-Policy allows workers only from its own origin, so such a workbook would fail. Parts stored
 * uncompressed are copied, never inflated, so no worker is started. (fflate is read-excel-file's
 * own unzip library, so this costs no extra code.)
 */
function storedWorkbook(bytes: Uint8Array, fflate: typeof import('fflate')): ArrayBuffer {
  let unpacked = 0
  const parts = fflate.unzipSync(bytes, {
    filter: (entry) => {
      const wanted = entry.name.endsWith('.xml') || entry.name.endsWith('.rels')
      if (wanted) unpacked += entry.originalSize
      if (unpacked > MAX_UNPACKED_BYTES) throw new UnreadableFileError('The workbook unpacks to more than 200 MB of text: save the tracker’s sheet alone as a new workbook and import that')
      return wanted
    },
  })
  return fflate.zipSync(parts, { level: 0 }).buffer
}

/** Rows with nothing in them at the end of a sheet (a CSV's last line break, a sheet's formatted but empty rows) are not rows of the tracker. */
function withoutTrailingBlanks(rows: Cell[][]): Cell[][] {
  let end = rows.length
  while (end > 0 && rows[end - 1]!.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))) end -= 1
  return rows.slice(0, end)
}


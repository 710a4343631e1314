import { ACTING_AS_HEADER } from '@/contract/problem'
import { readDataset, writeDataset } from '../db/seed'
import { read, write } from '../db/store'
import { buildDemoData } from '../db/demo-data'

/** A fixed "today" for the demo data in tests: Monday 23 November 2026. */
export const TEST_TODAY = new Date('2026-11-23T09:00:00')

export async function loadDemoData(today: Date = TEST_TODAY) {
  const data = buildDemoData(today)
  await write((tx) => writeDataset(tx, data))
  return data
}

/** Every data table as stored now: what a test compares before and after a refused change. */
export const storedData = () => read(readDataset)

interface CallOptions {
  as?: string
  body?: unknown
  rawBody?: string
  ifMatch?: string | number
}

/** Calls the mocked API over HTTP as the app does, and reads the answer. */
export async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {}
  if (options.as) headers[ACTING_AS_HEADER] = options.as
  if (options.ifMatch !== undefined) headers['If-Match'] = typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch
  let body: string | undefined = options.rawBody
  if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`http://localhost${path}`, { method, headers, body })
  const text = await response.text()
  // Test-only: callers assert on the shape they expect.
  const json: any = text ? JSON.parse(text) : undefined
  return { status: response.status, headers: response.headers, json }
}

export const CHAIR = 'p-improvement-chair'
/** The demo's administrator, who alone may restore and reset. */
export const ADMIN = 'p-admin'
export const SCRUTINY_CHAIR = 'p-scrutiny-chair'
export const DIRECTOR = 'p-safeguarding'
export const MEMBER = 'p-member-ashworth'

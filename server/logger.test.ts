import { describe, expect, it } from 'vitest'
import { jsonLogger, logLine } from './logger'

describe('the server log', () => {
  it('writes one JSON object a line: time, level, message, then the fields', () => {
    const line = logLine('info', 'request', { method: 'GET', status: 200 }, new Date('2026-11-23T09:00:00Z'))
    expect(JSON.parse(line)).toEqual({ time: '2026-11-23T09:00:00.000Z', level: 'info', message: 'request', method: 'GET', status: 200 })
  })

  it('writes an error with its name, message, stack and cause', () => {
    const error = new Error('no answer', { cause: new Error('ECONNREFUSED') })
    const written = JSON.parse(logLine('error', 'failed', { error }))
    expect(written.error).toMatchObject({ name: 'Error', message: 'no answer', cause: { message: 'ECONNREFUSED' } })
    expect(written.error.stack).toContain('logger.test.ts')
  })

  it('sends information to stdout and warnings and errors to stderr', () => {
    const out: string[] = []
    const err: string[] = []
    const logger = jsonLogger('info', { write: (text: string) => out.push(text) }, { write: (text: string) => err.push(text) })
    logger.info('listening')
    logger.warn('slow')
    logger.error('failed', { error: 'plain' })
    expect(out.map((line) => JSON.parse(line).message)).toEqual(['listening'])
    expect(err.map((line) => JSON.parse(line))).toMatchObject([{ level: 'warn', message: 'slow' }, { level: 'error', message: 'failed', error: { message: 'plain' } }])
    expect(out[0]!.endsWith('\n')).toBe(true)
  })

  it('leaves out what is below the level asked', () => {
    const written: string[] = []
    const sink = { write: (text: string) => written.push(text) }
    const logger = jsonLogger('warn', sink, sink)
    logger.info('request')
    logger.warn('slow')
    logger.error('failed')
    expect(written.map((line) => JSON.parse(line).message)).toEqual(['slow', 'failed'])
  })
})

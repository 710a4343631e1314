/** What a log line may carry besides its message: plain JSON values, and an `error` to report with its stack. */
export type LogFields = Record<string, unknown> & { error?: unknown }

/** The server's structured log: one JSON object a line, information to stdout, errors to stderr. */
export interface Logger {
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

export const logLevels = ['info', 'warn', 'error'] as const
export type Level = (typeof logLevels)[number]

/** One log line as written: `time`, `level`, `message`, then the fields. */
export function logLine(level: Level, message: string, fields: LogFields = {}, now = new Date()): string {
  const { error, ...rest } = fields
  const line: Record<string, unknown> = { time: now.toISOString(), level, message, ...rest }
  if (error !== undefined) line.error = describeError(error)
  return JSON.stringify(line)
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) }
  const cause = error.cause === undefined ? {} : { cause: describeError(error.cause) }
  return { name: error.name, message: error.message, stack: error.stack, ...cause }
}

interface Sink {
  write(text: string): unknown
}

/**
 * Writes JSON lines at `least` and above: information to stdout, warnings and errors to stderr.
 * (`warn` leaves out the line per request, as a load test wants.)
 */
export function jsonLogger(least: Level = 'info', out: Sink = process.stdout, err: Sink = process.stderr): Logger {
  const writer = (level: Level, sink: Sink) =>
    logLevels.indexOf(level) < logLevels.indexOf(least) ? () => undefined : (message: string, fields?: LogFields) => void sink.write(`${logLine(level, message, fields)}\n`)
  return { info: writer('info', out), warn: writer('warn', err), error: writer('error', err) }
}

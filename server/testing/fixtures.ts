import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { modeWords } from '@/contract/modes'
import type { Logger, LogFields } from '~server/logger'

/** A tiny built app: index.html shaped like the real build's (charset, CSP, the local mode line and footer) and a few files. */
export const indexHtml = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <title>Improvement Tracker</title>
    <link rel="stylesheet" crossorigin href="/assets/main-Ef34Gh.css">
  </head>
  <body>
    <div class="app-mode" data-mode="local"><p>${modeWords.local.line}</p></div>
    <footer><p>Improvement Tracker ${modeWords.local.footer}</p></footer>
    <script type="module" src="/assets/main-Ab12Cd.js"></script>
  </body>
</html>
`

export const mainScript = `console.log(${JSON.stringify('x'.repeat(4000))})\n`

/** Writes the tiny built app to a new temporary directory; `remove` deletes it. */
export async function tempDist(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tracker-dist-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), indexHtml)
  await writeFile(join(dir, 'assets', 'main-Ab12Cd.js'), mainScript)
  await writeFile(join(dir, 'assets', 'main-Ef34Gh.css'), 'body { margin: 0 }\n')
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
  // Outside dist/: a path climbing out must never reach it.
  await writeFile(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), 'secret')
  return {
    dir,
    remove: async () => {
      await rm(dir, { recursive: true, force: true })
      await rm(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), { force: true })
    },
  }
}

export interface LoggedLine extends LogFields {
  level: 'info' | 'warn' | 'error'
  message: string
}

/** A logger that keeps its lines, for the tests to read. */
export function collectingLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = []
  return {
    lines,
    info: (message, fields) => void lines.push({ level: 'info', message, ...fields }),
    warn: (message, fields) => void lines.push({ level: 'warn', message, ...fields }),
    error: (message, fields) => void lines.push({ level: 'error', message, ...fields }),
  }
}

// `npm run minutes:check [folder]`: runs the minutes extractor over published minutes and says, per
// sample, how many of the items a clerk recorded it found and how many others it proposed.
//
// The samples (sample-N.txt, and README.md with a table of the clerk's items under "## sample-N.txt")
// are kept outside the project, in ../shared/minutes-samples/ by default; without them the check
// is skipped. The extractor is TypeScript with `@/` imports, so it is loaded through Vite's module
// runner, as vite.config.ts loads the shell.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const folder = resolve(process.argv[2] ?? join(root, '..', 'shared', 'minutes-samples'))

if (!existsSync(join(folder, 'README.md'))) {
  console.log(`minutes:check skipped: no samples at ${folder} (give the folder as an argument).`)
  process.exit(0)
}

const { module } = await runnerImport(join(root, 'app/domain/minutes/propose.ts'), {
  configFile: false,
  logLevel: 'silent',
  resolve: { alias: [{ find: /^@\//, replacement: join(root, 'app') + '/' }] },
})

/** The clerk's items for each sample, from the README's tables: `{ title, kind, due }`. */
function clerksItems(readme) {
  const items = new Map()
  let sample = null
  for (const line of readme.split('\n')) {
    const heading = /^##\s+(\S+\.txt)\s*$/.exec(line)
    if (heading) {
      sample = heading[1]
      items.set(sample, [])
      continue
    }
    if (!sample || !line.startsWith('|') || /^\|\s*-/.test(line)) continue
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
    if (cells[0] === 'item' || cells.length < 3) continue
    items.get(sample).push({ title: cells[0], kind: cells[1].split(/\s/)[0], due: cells[2] })
  }
  return items
}

const STOP = new Set('a an the of on to for and or in at by with be is are was were would will that this its their from as'.split(' '))
const words = (text) =>
  new Set(
    (text.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z]+/g) ?? [])
      .filter((word) => !STOP.has(word))
      .map((word) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s|e)$/, '') : word)),
  )

/** The share of the clerk's words that the proposal's title has: a proposal of the same kind at 0.4 or more is the item. */
function overlap(item, proposal) {
  const wanted = words(item.title)
  const got = words(proposal.title)
  return [...wanted].filter((word) => got.has(word)).length / Math.max(1, wanted.size)
}

const describeDue = (due) => (due.kind === 'unspecified' ? `unspecified${due.note ? ` (${due.note})` : ''}` : due.kind === 'month' ? due.month : due.kind === 'date' ? due.date : due.kind === 'meeting' ? `meeting ${due.meetingId}` : 'next meeting')

const expected = clerksItems(readFileSync(join(folder, 'README.md'), 'utf8'))
const today = new Date().toISOString().slice(0, 10)
let found = 0
let wanted = 0
let extra = 0
for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
  const text = readFileSync(join(folder, file), 'utf8')
  const proposals = module.proposeFromMinutes(text, { meetingDate: null, today, meetings: [], boardName: null })
  const items = expected.get(file) ?? []
  const unused = new Set(proposals)
  const lines = []
  let hits = 0
  for (const item of items) {
    const best = [...unused].filter((proposal) => proposal.kind === item.kind).map((proposal) => [overlap(item, proposal), proposal]).sort((a, b) => b[0] - a[0])[0]
    if (best && best[0] >= 0.4) {
      unused.delete(best[1])
      hits++
      lines.push(`  found   ${item.kind}: ${item.title}\n          as “${best[1].title}”, due ${describeDue(best[1].due)}, ${best[1].recurrence}, owner ${best[1].owner ?? '—'} (clerk: due ${item.due})`)
    } else {
      lines.push(`  MISSED  ${item.kind}: ${item.title}`)
    }
  }
  for (const proposal of unused) lines.push(`  EXTRA   ${proposal.kind}: ${proposal.title} (from “${proposal.source.text.slice(0, 90)}…”)`)
  console.log(`${file}: clerk’s items found ${hits} of ${items.length}, extra proposed ${unused.size}`)
  console.log(lines.join('\n'))
  found += hits
  wanted += items.length
  extra += unused.size
}
console.log(`In all: ${found} of ${wanted} found, ${extra} extra.`)

// The shared server under load (issue 15): 20 clients × 100 status updates on 10 milestones, over
// loopback, against the built server (dist-server/main.js) on PGlite and on PostgreSQL. Reports
// throughput and latency percentiles, each also as a ratio to GET / (the app's page, no data)
// measured under the same load in the same run (these machines are shared: absolute times drift, ratios less so),
// then checks what was stored: every accepted update once, none lost or doubled, versions
// strictly increasing. Bounded: 100 updates per client, 25 attempts per update, 3 minutes in all.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'

const root = fileURLToPath(new URL('..', import.meta.url))
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20)
const UPDATES_PER_CLIENT = Number(process.env.BENCH_UPDATES ?? 100)
const MILESTONE_COUNT = 10
const MAX_ATTEMPTS = 25
const DEADLINE_MS = 180_000
const CHAIR = 'p-improvement-chair'
const PORT = 4290

const round = (value) => Math.round(value * 100) / 100
function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Empties a PostgreSQL database the bench owns, so the server's migrations start it afresh. */
async function emptyDatabase(url) {
  const sql = postgres(url, { max: 1, onnotice: () => undefined })
  try {
    await sql.unsafe('drop schema if exists public cascade; create schema public')
  } finally {
    await sql.end()
  }
}

async function startServer(env) {
  const child = spawn(process.execPath, [join(root, 'dist-server/main.js'), '--dev-identity'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${PORT}`
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start (exit ${child.exitCode})`)
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGTERM')
  throw new Error('the server did not become healthy within 60 s')
}

async function stopServer(child) {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
  if (child.exitCode === null) child.kill('SIGKILL')
}

async function api(base, method, path, { body, ifMatch } = {}) {
  const headers = { 'X-Acting-As': CHAIR, Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`
  const started = performance.now()
  const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : undefined, ms: performance.now() - started }
}

/** 20 clients × 100 updates; each update retried on 412 with the version the server answered. */
async function runLoad(base) {
  const setUp = await api(base, 'POST', '/api/setup', { body: { start: 'demo' } })
  if (setUp.status !== 201) throw new Error(`setting up the demo answered ${setUp.status}`)
  const listed = await api(base, 'GET', '/api/milestones?planId=plan-northshire')
  const targets = listed.json.filter((milestone) => milestone.rag !== 'blue' && !milestone.closedOn).slice(0, MILESTONE_COUNT)
  if (targets.length < MILESTONE_COUNT) throw new Error('the demo has too few open milestones')
  const startVersions = new Map(targets.map((milestone) => [milestone.id, milestone.version]))
  const known = new Map(startVersions)
  const accepted = [] // { milestoneId, version, tag }
  const latencies = []
  let conflicts = 0
  let failures = 0
  let gaveUp = 0
  const failureKinds = {}
  const deadline = Date.now() + DEADLINE_MS
  const rags = ['green', 'amber', 'red']

  async function client(c) {
    for (let k = 0; k < UPDATES_PER_CLIENT && Date.now() < deadline; k += 1) {
      const milestone = targets[(c + k) % MILESTONE_COUNT]
      const rag = rags[(c + k) % rags.length]
      const tag = `bench c${c} u${k}`
      const body = { rag, commentary: `${tag}: weekly figures reviewed.`, ...(rag === 'green' ? {} : { recoveryAction: 'Extra team manager cover.' }) }
      for (let attempt = 0; ; attempt += 1) {
        if (attempt === MAX_ATTEMPTS) {
          gaveUp += 1
          break
        }
        const response = await api(base, 'POST', `/api/milestones/${milestone.id}/updates`, { body, ifMatch: known.get(milestone.id) })
        latencies.push(response.ms)
        if (response.status === 201) {
          known.set(milestone.id, Math.max(known.get(milestone.id), response.json.milestone.version))
          accepted.push({ milestoneId: milestone.id, version: response.json.milestone.version, tag })
          break
        }
        if (response.status === 412) {
          conflicts += 1
          known.set(milestone.id, response.json.current.version)
          continue
        }
        failures += 1
        const kind = `${response.status} ${response.json?.detail ?? response.json?.title ?? ''} ${JSON.stringify(response.json?.errors ?? [])}`.slice(0, 240)
        failureKinds[kind] = (failureKinds[kind] ?? 0) + 1
        break
      }
    }
  }

  // The reference: the app's page from the same server, which touches no data, under the same load.
  const healthLatencies = []
  const healthProbe = (async () => {
    while (Date.now() < deadline && healthLatencies.length < 400) {
      const started = performance.now()
      await fetch(`${base}/`).then((response) => response.arrayBuffer())
      healthLatencies.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const started = performance.now()
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)))
  const seconds = (performance.now() - started) / 1000
  await healthProbe.catch(() => undefined)

  // What was stored: each accepted update exactly once; versions contiguous and increasing.
  const problems = []
  for (const milestone of targets) {
    const mine = accepted.filter((each) => each.milestoneId === milestone.id)
    const history = (await api(base, 'GET', `/api/milestones/${milestone.id}/updates`)).json
    const benchEntries = history.filter((entry) => entry.kind === 'status' && entry.commentary.startsWith('bench '))
    const tags = benchEntries.map((entry) => entry.commentary.split(':')[0])
    if (new Set(tags).size !== tags.length) problems.push(`${milestone.id}: an update stored twice`)
    for (const each of mine) if (!tags.includes(each.tag)) problems.push(`${milestone.id}: accepted update ${each.tag} lost`)
    if (tags.length !== mine.length) problems.push(`${milestone.id}: ${tags.length} stored, ${mine.length} accepted`)
    const versions = mine.map((each) => each.version).sort((a, b) => a - b)
    const expected = versions.map((_, index) => startVersions.get(milestone.id) + index + 1)
    if (versions.join() !== expected.join()) problems.push(`${milestone.id}: versions not strictly increasing by one`)
    const now = (await api(base, 'GET', `/api/milestones/${milestone.id}`)).json
    if (now.version !== startVersions.get(milestone.id) + mine.length) problems.push(`${milestone.id}: final version ${now.version}`)
  }

  const healthP50 = percentile(healthLatencies, 50)
  return {
    clients: CLIENTS,
    updatesAsked: CLIENTS * UPDATES_PER_CLIENT,
    updatesAccepted: accepted.length,
    conflictsRetried: conflicts,
    failures,
    gaveUpAfter25Conflicts: gaveUp,
    ...(failures > 0 ? { failureKinds } : {}),
    seconds: round(seconds),
    throughputPerSecond: round(accepted.length / seconds),
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)) },
    referencePageP50Ms: round(healthP50),
    latencyToReference: {
      p50: round(percentile(latencies, 50) / healthP50),
      p95: round(percentile(latencies, 95) / healthP50),
      p99: round(percentile(latencies, 99) / healthP50),
    },
    integrity: problems.length === 0 ? 'every accepted update stored once; versions strictly increasing' : problems,
  }
}

/** Runs the load against PGlite, and against PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names one. */
export async function measureServerLoad() {
  const results = {}
  const dataDir = mkdtempSync(join(tmpdir(), 'tracker-bench-'))
  const targets = [['pglite', { DATA_DIR: dataDir }]]
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (url) targets.push(['postgresql', { DATABASE_URL: url }])
  else results.postgresql = 'not measured: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL database the bench may empty'
  for (const [name, env] of targets) {
    if (env.DATABASE_URL) await emptyDatabase(env.DATABASE_URL)
    console.log(`bench: shared server on ${name}: ${CLIENTS} clients × ${UPDATES_PER_CLIENT} status updates on ${MILESTONE_COUNT} milestones`)
    const { base, child } = await startServer(env)
    try {
      results[name] = await runLoad(base)
    } finally {
      await stopServer(child)
    }
  }
  rmSync(dataDir, { recursive: true, force: true })
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureServerLoad(), null, 2))
}

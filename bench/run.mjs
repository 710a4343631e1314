// npm run bench: builds the app and a floor page, serves both, loads a large dataset through the
// app's own import, and measures in headless Chromium. Prints medians, spread, ratios to the floor
// and budgets; writes bench/results.json. Figures are measurements on this machine, not assertions.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { generateBackup } from './generate-dataset.mjs'
import { measureServerLoad } from './server-load.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
// BENCH_ONLY=load (first page, LCP, Lighthouse), BENCH_ONLY=data (the large dataset) or
// BENCH_ONLY=server (the shared server under load, on PGlite and PostgreSQL) runs one part.
const ONLY = process.env.BENCH_ONLY ?? 'all'
const runs = (part) => ONLY === 'all' || ONLY === part
const APP_PORT = 4280
const FLOOR_PORT = 4281
const TODAY = '2026-11-23'
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
const chromeFlags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const vite = `${root}node_modules/vite/bin/vite.js`

const budgets = {
  firstPageJsGzipKb: { max: 150, label: 'First-page JavaScript, gzip (kB)' },
  lighthouseMobile: { min: 0.98, label: 'Lighthouse mobile performance' },
  lcpMobileMs: { max: 1500, label: 'LCP under Lighthouse mobile simulation (ms)' },
  bigPlanDomElements: { max: 1400, label: 'Plan page with 5,000 milestones: DOM elements' },
  filterLatencyMs: { max: 50, label: 'Filter latency (ms)' },
  statusShownMs: { max: 50, label: 'Status update shown (ms)' },
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const summary = (values) => ({ median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length })
const round = (value) => Math.round(value * 100) / 100

function serve(dir, port) {
  const child = spawn(process.execPath, [vite, 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' })
  return child
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not start`)
}

async function firstPageAssets(browser, url) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const assets = []
  page.on('response', async (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet') {
      const body = await response.body().catch(() => Buffer.alloc(0))
      assets.push({ type, url: response.url(), raw: body.length, gzip: gzipSync(body).length })
    }
  })
  await page.goto(url)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  await page.waitForLoadState('networkidle')
  await context.close()
  const total = (type, key) => assets.filter((asset) => asset.type === type).reduce((sum, asset) => sum + asset[key], 0) / 1024
  return { jsRawKb: round(total('script', 'raw')), jsGzipKb: round(total('script', 'gzip')), cssRawKb: round(total('stylesheet', 'raw')), cssGzipKb: round(total('stylesheet', 'gzip')), files: assets.length }
}

async function lcpOf(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let latest = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) latest = entry.startTime
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        setTimeout(() => resolve(latest), 300)
      }),
  )
}

async function coldLcp(browser, url, heading) {
  const values = []
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(url)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 })
    values.push(await lcpOf(page))
    await context.close()
  }
  return summary(values)
}

async function lighthouseScores(urls) {
  if (!chromiumPath && !process.env.CHROME_PATH) return { skipped: 'no Chromium found' }
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const results = {}
  for (const [name, url] of Object.entries(urls)) {
    const scores = []
    const lcps = []
    for (let run = 0; run < Math.min(RUNS, 3); run += 1) {
      const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? chromiumPath, chromeFlags: [...chromeFlags, '--headless=new'] })
      try {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' })
        scores.push(result.lhr.categories.performance.score)
        lcps.push(result.lhr.audits['largest-contentful-paint'].numericValue)
      } finally {
        await chrome.kill()
      }
    }
    results[name] = { performance: summary(scores), lcpMs: summary(lcps) }
  }
  return results
}

async function withBigDataset(browser, appUrl, work) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`))
  await page.goto(`${appUrl}/settings`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  const { backup, bigMeetingId } = generateBackup(TODAY)
  const text = JSON.stringify(backup)
  const imported = await page.evaluate(async (body) => {
    const started = performance.now()
    const response = await fetch('/api/import', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Acting-As': 'p-admin' }, body })
    return { status: response.status, ms: performance.now() - started, body: await response.text() }
  }, text)
  if (imported.status !== 200) throw new Error(`import failed: ${imported.status} ${imported.body.slice(0, 300)}`)
  await page.evaluate(() => localStorage.setItem('improvement-tracker:acting-as', JSON.stringify({ state: { personId: 'chair-0' }, version: 0 })))
  try {
    return await work(page, { importMs: imported.ms, importBytes: text.length, bigMeetingId })
  } finally {
    await context.close()
  }
}

async function bigPlan(page, appUrl) {
  const render = []
  const dom = []
  const filterApply = []
  const typing = []
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${appUrl}/settings`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const started = Date.now()
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Boards' }).click()
    await page.getByRole('link', { name: 'Board 01' }).click()
    await page.getByRole('link', { name: 'County improvement plan' }).first().waitFor({ timeout: 60_000 })
    const toPlan = Date.now()
    await page.getByRole('link', { name: 'County improvement plan' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'County improvement plan' }).waitFor({ timeout: 60_000 })
    await page.locator('.app-milestones-table').first().waitFor()
    render.push(Date.now() - toPlan)
    void started
    dom.push(await page.evaluate(() => document.getElementsByTagName('*').length))

    // Typing into the filter (Event Timing: the slowest input event), then applying it.
    await page.evaluate(() => {
      window.__events = []
      new PerformanceObserver((list) => window.__events.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'event', durationThreshold: 16, buffered: false })
    })
    await page.getByLabel('Title contains').pressSequentially('improvement 42', { delay: 30 })
    await page.waitForTimeout(200)
    typing.push(await page.evaluate(() => Math.max(16, ...window.__events)))
    const applied = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const status = document.querySelector('[role="status"].app-table-count')
          const before = status.textContent
          const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Apply filters')
          const observer = new MutationObserver(() => {
            if (status.textContent !== before) {
              observer.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - started))
            }
          })
          observer.observe(status, { childList: true, characterData: true, subtree: true })
          const started = performance.now()
          button.click()
        }),
    )
    filterApply.push(applied)
  }
  return { renderMs: summary(render), domElements: summary(dom), typingInputDelayMs: summary(typing), applyFilterMs: summary(filterApply) }
}

async function statusUpdate(page, appUrl) {
  const shown = []
  const committed = []
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${appUrl}/milestones/m-0001`)
    await page.getByRole('heading', { name: 'Update status' }).waitFor({ timeout: 60_000 })
    const current = (await page.locator('.app-status-now .govuk-tag').first().textContent()).trim()
    const target = current === 'Off track' ? 'At risk' : 'Off track'
    await page.getByRole('radio', { name: target }).check()
    await page.getByLabel('Commentary').fill(`Benchmark run ${run}.`)
    await page.getByLabel('Recovery action').fill('Benchmark recovery.')
    const times = await page.evaluate(
      (label) =>
        new Promise((resolve) => {
          const status = document.querySelector('.app-status-now')
          const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Save update')
          let shownAt = 0
          const started = performance.now()
          const observer = new MutationObserver(() => {
            if (!shownAt && status.textContent.includes(label)) shownAt = performance.now() - started
            if (document.body.textContent.includes(`Saved. The status is now ${label}.`)) {
              observer.disconnect()
              resolve({ shown: shownAt, committed: performance.now() - started })
            }
          })
          observer.observe(document.body, { childList: true, characterData: true, subtree: true })
          button.click()
        }),
      target,
    )
    shown.push(times.shown)
    committed.push(times.committed)
  }
  return { shownMs: summary(shown), committedMs: summary(committed) }
}

async function meetingPack(page, appUrl, meetingId) {
  const values = []
  let items = 0
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${appUrl}/meetings`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const started = Date.now()
    await page.goto(`${appUrl}/meetings/${meetingId}`)
    await page.getByRole('region', { name: 'Reports due at this meeting' }).locator('tbody tr').nth(199).waitFor({ timeout: 60_000 })
    values.push(Date.now() - started)
    items = await page.locator('main tbody tr').count()
  }
  return { loadMs: summary(values), rows: items }
}

async function main() {
  console.log('bench: building the app and the floor page')
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, [vite, 'build', '--config', 'bench/floor/vite.config.mjs'], { cwd: root, stdio: 'inherit' })
  const servers = [serve('dist', APP_PORT), serve('bench/.floor-dist', FLOOR_PORT)]
  const appUrl = `http://127.0.0.1:${APP_PORT}`
  const floorUrl = `http://127.0.0.1:${FLOOR_PORT}`
  const browser = await chromium.launch(chromiumPath ? { executablePath: chromiumPath, args: chromeFlags } : {})
  try {
    await waitFor(appUrl)
    await waitFor(floorUrl)
    const results = { date: new Date().toISOString(), runs: RUNS, machine: `${process.platform} ${process.arch}, Node ${process.version}` }
    if (runs('load')) {
    console.log('bench: first-page JavaScript and CSS')
    results.firstPage = { app: await firstPageAssets(browser, `${appUrl}/`), floor: await firstPageAssets(browser, `${floorUrl}/`) }
    console.log('bench: cold load to first real content (LCP)')
    results.coldLcpMs = {
      home: await coldLcp(browser, `${appUrl}/`, 'Children’s services improvement'),
      plan: await coldLcp(browser, `${appUrl}/plans/plan-northshire`, /Northshire Children’s Services Improvement Plan/),
      floor: await coldLcp(browser, `${floorUrl}/`, 'Children’s services improvement'),
    }
    console.log('bench: Lighthouse mobile (demo data)')
    results.lighthouse = await lighthouseScores({
      home: `${appUrl}/`,
      plan: `${appUrl}/plans/plan-northshire`,
      meeting: `${appUrl}/meetings/meeting-improvement-2026-12-03`,
      floor: `${floorUrl}/`,
    })
    }
    if (runs('data')) {
    console.log('bench: the large dataset (5,000 milestones, 50,000 updates)')
    await withBigDataset(browser, appUrl, async (page, info) => {
      results.largeDataset = { importMs: round(info.importMs), importMb: round(info.importBytes / 1024 / 1024) }
      results.bigPlan = await bigPlan(page, appUrl)
      results.statusUpdate = await statusUpdate(page, appUrl)
      results.meetingPack = await meetingPack(page, appUrl, info.bigMeetingId)
    })
    }

    if (runs('server')) {
      execFileSync(process.execPath, [vite, 'build', '--config', 'vite.server.config.ts', '--configLoader', 'runner', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
      results.sharedServer = await measureServerLoad()
    }

    const lighthouseValues = Object.entries(results.lighthouse ?? {}).filter(([name]) => name !== 'floor' && name !== 'skipped')
    const checks = [
      ...(results.firstPage ? [['firstPageJsGzipKb', results.firstPage.app.jsGzipKb]] : []),
      ...lighthouseValues.map(([name, value]) => [`lighthouseMobile`, value.performance.median, name]),
      ...lighthouseValues.map(([name, value]) => [`lcpMobileMs`, value.lcpMs.median, name]),
      ...(results.bigPlan
        ? [
            ['bigPlanDomElements', results.bigPlan.domElements.median],
            ['filterLatencyMs', Math.max(results.bigPlan.applyFilterMs.median, results.bigPlan.typingInputDelayMs.median)],
            ['statusShownMs', results.statusUpdate.shownMs.median],
          ]
        : []),
    ]
    results.budgets = checks.map(([key, value, page]) => {
      const budget = budgets[key]
      const pass = budget.max !== undefined ? value <= budget.max : value >= budget.min
      return { budget: `${budget.label}${page ? ` – ${page}` : ''}`, value, limit: budget.max ?? budget.min, pass }
    })
    for (const [database, load] of Object.entries(results.sharedServer ?? {})) {
      if (typeof load !== 'object') continue
      const intact = typeof load.integrity === 'string' && load.failures === 0
      results.budgets.push({ budget: `Shared server on ${database}: every update stored once, versions strictly increasing`, value: intact ? 'yes' : JSON.stringify(load.integrity), limit: 'yes', pass: intact })
    }
    if (results.firstPage) {
      results.ratiosToFloor = {
        firstPageJsGzip: round(results.firstPage.app.jsGzipKb / results.firstPage.floor.jsGzipKb),
        coldLcpHome: round(results.coldLcpMs.home.median / results.coldLcpMs.floor.median),
        ...(results.lighthouse.floor ? { lighthouseLcpHome: round(results.lighthouse.home.lcpMs.median / results.lighthouse.floor.lcpMs.median) } : {}),
      }
    }

    mkdirSync(new URL('.', import.meta.url), { recursive: true })
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
    console.log(JSON.stringify({ ...results, budgets: undefined }, null, 2))
    console.log('\nBudgets:')
    for (const check of results.budgets) console.log(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.budget}: ${check.value} (limit ${check.limit})`)
    console.log(`\nbench: ${results.budgets.filter((check) => check.pass).length} passed, ${results.budgets.filter((check) => !check.pass).length} failed (budgets; see bench/results.json)`)
  } finally {
    await browser.close()
    for (const server of servers) server.kill()
  }
}

await main()

// The walkthrough: every page of the app, as each role sees it, at 375 and 1280 pixels wide.
//
//   npm run screenshots                       build, then save every page for every role
//   ROLES=member,director npm run screenshots  only these roles
//   PAGES=plan,home npm run screenshots       only these pages (names from e2e/every-page.ts)
//   SKIP_BUILD=1 npm run screenshots          use the dist/ already built
//
// It serves the built browser-only app, sets up the Northshire demo through the welcome page as a
// person would, fixes the clock at the journeys' "today" (TODAY=2026-11-23T10:00:00Z unless set),
// and writes screenshots/<role>/<page>-<width>.png with screenshots/index.html to look through
// them side by side. At the end it lists any page wider than the window: a phone would scroll it
// sideways. Used to check the product by eye; the journeys check it by test.
import { execSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { everyPage, walkthroughPeople } from '../e2e/every-page.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'screenshots')
const port = Number(process.env.SCREENSHOTS_PORT ?? 4192)
const base = `http://localhost:${port}`
const widths = [375, 1280]
const today = new Date(process.env.TODAY ?? '2026-11-23T10:00:00Z')
const only = (variable) => (process.env[variable] ? new Set(process.env[variable].split(',').map((each) => each.trim())) : null)
const roles = only('ROLES')
const names = only('PAGES')

// Every route of the app must be in the list, or the walkthrough would miss a page.
const routerText = readFileSync(join(root, 'app/router.tsx'), 'utf8')
const routes = [...routerText.matchAll(/path: '([^']+)'/g)].map((match) => match[1])
const missing = routes.filter((route) => !everyPage.some((page) => page.route === route))
if (missing.length > 0) {
  console.error(`e2e/every-page.ts has no page for: ${missing.join(', ')}`)
  process.exit(1)
}

if (!process.env.SKIP_BUILD) execSync('npx vite build', { cwd: root, stdio: 'inherit' })
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true })
const stopServer = () => {
  try {
    process.kill(-server.pid)
  } catch {
    // Already stopped.
  }
}
process.on('exit', stopServer)
for (let tries = 0; ; tries += 1) {
  try {
    if ((await fetch(base)).ok) break
  } catch {
    if (tries > 120) throw new Error(`The app did not start on ${base}`)
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const wide = []
const shown = []
try {
  for (const person of walkthroughPeople) {
    if (roles && !roles.has(person.role)) continue
    const folder = join(out, person.role)
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder, { recursive: true })
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.clock.setFixedTime(today)
    await page.goto(`${base}/welcome`)
    await page.getByRole('button', { name: 'Start with the Northshire demo' }).click()
    await page.getByRole('heading', { level: 1, name: /Children’s services improvement/ }).waitFor()
    await page.evaluate((id) => localStorage.setItem('improvement-tracker:acting-as', JSON.stringify({ state: { personId: id }, version: 0 })), person.id)
    for (const each of everyPage) {
      if (names && !names.has(each.name)) continue
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(`${base}${each.path}`)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      // Lazy charts and counts settle after the heading.
      await page.waitForLoadState('networkidle').catch(() => {})
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 })
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        if (scrollWidth > width) wide.push(`${person.role} ${each.path} at ${width}px: ${scrollWidth}px wide`)
        const file = `${each.name}-${width}.png`
        await page.screenshot({ path: join(folder, file), fullPage: true })
        shown.push({ role: person.role, page: each, width, file })
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
  stopServer()
}

// One page to look through: each page a row, each role and width a column.
const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char])
const rows = everyPage
  .filter((each) => shown.some((shot) => shot.page === each))
  .map((each) => {
    const cells = shown
      .filter((shot) => shot.page === each)
      .map((shot) => `<td><a href="${shot.role}/${shot.file}"><img src="${shot.role}/${shot.file}" alt="${escape(`${each.name}, ${shot.role}, ${shot.width}px`)}" width="${shot.width === 375 ? 188 : 320}"></a><br>${shot.role}, ${shot.width}px</td>`)
      .join('')
    return `<tr><th scope="row">${escape(each.name)}<br><code>${escape(each.path)}</code></th>${cells}</tr>`
  })
  .join('\n')
mkdirSync(out, { recursive: true })
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Improvement Tracker walkthrough</title>
<style>body{font-family:sans-serif}td,th{vertical-align:top;padding:4px;font-size:12px}img{border:1px solid #ccc}</style>
<h1>Every page, each role, at 375 and 1280 pixels</h1><table>${rows}</table></html>`,
)
console.log(`Saved ${shown.length} screenshots in ${out} (open index.html to look through them).`)
if (wide.length > 0) {
  console.log(`Wider than the window (a phone would scroll sideways):\n  ${wide.join('\n  ')}`)
  process.exitCode = 1
} else {
  console.log('No page is wider than the window.')
}

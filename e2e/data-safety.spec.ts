import { readFile, writeFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { actAs, expect, expectNoAxeViolations, openApp, people, startWithDemo, test } from './fixtures'

const exportData = (page: Page) => page.evaluate(async () => (await (await fetch('/api/export')).json()).data as unknown)

async function downloadBackup(page: Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a backup' }).click()
  const file = await download
  const path = test.info().outputPath(file.suggestedFilename())
  await file.saveAs(path)
  return path
}

test('a backup restores exactly, history included; a damaged one is refused and changes nothing', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.admin)
  await expect(page.getByText('You have not downloaded a backup from this browser yet.')).toBeVisible()
  const before = await exportData(page)
  const backupPath = await downloadBackup(page)
  await expect(page.getByText(/^Last backup: 23 November 2026/)).toBeVisible()
  await expectNoAxeViolations(page)

  // A damaged copy: one title changed by hand, so the checksum no longer matches.
  const damaged = JSON.parse(await readFile(backupPath, 'utf8'))
  damaged.data.milestones[0].title = 'Changed by hand'
  const damagedPath = test.info().outputPath('damaged.json')
  await writeFile(damagedPath, JSON.stringify(damaged))

  // Change something, then try the damaged file: refused, and the change is still there.
  await changeAfterBackup(page)
  await restore(page, damagedPath)
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toContainText('The backup was not restored and nothing was changed. The backup file is damaged.')
  const afterRefusal = (await exportData(page)) as { boards: Array<{ id: string; papersLeadDays: number }> }
  expect(afterRefusal.boards.find((board) => board.id === 'board-improvement')?.papersLeadDays).toBe(9)

  // The good file: everything back as it was, history included.
  await restore(page, backupPath)
  await expect(page.getByText('The backup has been restored.')).toBeVisible()
  expect(await exportData(page)).toEqual(before)
})

const prototypeIsClean = (page: Page) =>
  page.evaluate(() => ({
    polluted: (({}) as Record<string, unknown>).polluted,
    ownKeys: Object.getOwnPropertyNames(Object.prototype).filter((name) => name === 'polluted'),
  }))

async function restore(page: Page, path: string): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles(path)
  await page.getByRole('button', { name: 'Restore from this backup' }).click()
  await page.getByRole('button', { name: 'Yes, restore this backup' }).click()
}

/** A change after the backup was taken, so a restore that went through would show. */
const changeAfterBackup = (page: Page) =>
  page.evaluate(async (chair) => {
    const response = await fetch('/api/boards/board-improvement', { method: 'PATCH', headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair, 'If-Match': '"1"' }, body: JSON.stringify({ papersLeadDays: 9 }) })
    if (response.status !== 200) throw new Error(`The change was not saved: ${response.status}`)
  }, people.improvementChair.id)

test('a backup carrying __proto__ and constructor keys is refused, pollutes nothing and changes nothing', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.admin)
  const backup = await readFile(await downloadBackup(page), 'utf8')
  await changeAfterBackup(page)
  const before = await exportData(page)

  // Written as text: `__proto__` in an object literal sets the prototype, and JSON.stringify would drop it.
  const hostile = backup
    .replace(/^\{/, '{\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },')
    .replace(/"milestones": \[\s*\{/, (opening) => `${opening}\n "__proto__": { "polluted": true },`)
  expect(hostile.match(/"__proto__"/g)).toHaveLength(2)
  const hostilePath = test.info().outputPath('hostile.json')
  await writeFile(hostilePath, hostile)
  await restore(page, hostilePath)

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toContainText('The backup was not restored and nothing was changed.')
  await expect(summary).toContainText('Unknown field: __proto__, constructor')
  expect(await prototypeIsClean(page)).toEqual({ polluted: undefined, ownKeys: [] })
  expect(await exportData(page)).toEqual(before)
})

test('a file that is not a backup is refused with a clear message, and changes nothing', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.admin)
  await changeAfterBackup(page)
  const before = await exportData(page)
  const notBackup = test.info().outputPath('notes.json')
  await writeFile(notBackup, '{"hello": "world", "__proto__": {"polluted": true}}')
  await restore(page, notBackup)
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('This is not an Improvement Tracker backup file')
  expect(await prototypeIsClean(page)).toEqual({ polluted: undefined, ownKeys: [] })
  expect(await exportData(page)).toEqual(before)
})

test('a file over 50 MB is refused before it is read', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.admin)
  const tooBig = test.info().outputPath('too-big.json')
  await writeFile(tooBig, Buffer.alloc(50 * 1024 * 1024 + 1, ' '))
  await page.getByLabel('Backup file').setInputFiles(tooBig)
  await page.getByRole('button', { name: 'Restore from this backup' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('The file must be smaller than 50 MB')
  await expect(page.getByRole('button', { name: 'Yes, restore this backup' })).toHaveCount(0)
})

test('CSV exports neutralise formulas; the calendar file is iCalendar', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.improvementChair)
  await page.evaluate(async (chair) => {
    await fetch('/api/milestones', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair },
      body: JSON.stringify({ planId: 'plan-northshire', themeId: 'theme-workforce', title: '=HYPERLINK("http://evil.example","Click")', ownerId: 'p-workforce', dueDate: '2027-03-31' }),
    })
  }, people.improvementChair.id)
  await page.reload()
  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Milestones (CSV spreadsheet)' }).click()
  const csv = await readFile(await (await csvDownload).path(), 'utf8')
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`)
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFPlan,Theme,Milestone,Owner,Baseline date,Due date,Days slipped,Slipped,New date proposed,Status,Sign-off,Signed off on,Overdue,Stale,Completed on,Completed late,Closed on,Why closed,Last update,Latest commentary,Recovery action,Partner agencies,Description',
  )

  const icsDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: /calendar file/ }).click()
  const ics = await readFile(await (await icsDownload).path(), 'utf8')
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(ics).toContain('SUMMARY:Children’s Services Improvement Board meeting')
})

test('a change saved in one tab shows in the other without a reload', async ({ page, context }) => {
  await openApp(page, '/milestones/milestone-17')
  await actAs(page, people.director)
  const other = await context.newPage()
  await other.goto('/plans/plan-northshire')
  const row = other.getByRole('row', { name: /Case transfer protocol between teams/ })
  await expect(row).toContainText('On track')

  await page.getByRole('radio', { name: 'At risk' }).check()
  await page.getByLabel('Commentary').fill('Sign-off delayed.')
  await page.getByLabel('Recovery action').fill('Chase the practice board.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now At risk.')).toBeVisible()
  await expect(row).toContainText('At risk')
})

test('a newer version opened in another tab asks this one to reload, keeping what was typed', async ({ page, context }) => {
  await openApp(page, '/milestones/milestone-17')
  await actAs(page, people.director)
  await page.getByLabel('Commentary').fill('Half-written update that must not be lost.')

  // Another tab opens the store at a higher schema version, as a newer release would.
  const newer = await context.newPage()
  await newer.goto('/no-such-page')
  await newer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('improvement-tracker', 100)
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
  )
  await newer.close()

  const banner = page.getByRole('alert').filter({ hasText: 'Reload this page to carry on' })
  await expect(banner).toContainText('A newer version of Improvement Tracker was opened in another tab.')
  await expect(page.getByLabel('Commentary')).toHaveValue('Half-written update that must not be lost.')
})

test('a hard reload, and a reload with the cache off, still show the stored data, all of it from the in-page API', async ({ page, context }) => {
  // The API answers in the page: no /api request may reach the network, where the preview server would answer instead.
  const apiOverNetwork: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiOverNetwork.push(`${request.method()} ${request.url()}`)
  })
  await openApp(page, '/milestones/milestone-17')
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'At risk' }).check()
  await page.getByLabel('Commentary').fill('Stored before the hard reload.')
  await page.getByLabel('Recovery action').fill('Check it is still there.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now At risk.')).toBeVisible()

  const cdp = await context.newCDPSession(page)
  const reloaded = async (reload: () => Promise<unknown>) => {
    const loaded = page.waitForEvent('load')
    await reload()
    await loaded
    // The UI's client refuses any answer without X-Local-API: 1, so seeing the data means every answer carried it.
    await expect(page.locator('.app-status-now')).toContainText('At risk')
    await expect(page.locator('.app-history__item').first()).toContainText('Stored before the hard reload.')
  }
  // Ctrl+Shift+R: the page and its scripts fetched again, past the HTTP cache.
  await reloaded(() => cdp.send('Page.reload', { ignoreCache: true }))
  // DevTools' "Disable cache", then an ordinary reload.
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await reloaded(() => page.reload())

  const markers = await page.evaluate(async () => {
    const paths = ['/api/people', '/api/boards', '/api/plans', '/api/milestones/milestone-17', '/api/milestones/milestone-17/updates', '/api/reports', '/api/no-such-path']
    return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, (await fetch(path)).headers.get('X-Local-API')] as const)))
  })
  expect(Object.values(markers)).toEqual(Array(7).fill('1'))
  expect(apiOverNetwork).toEqual([])
})

const storageWording = {
  agreed: 'The browser has agreed to keep this app’s data even when the device runs short of space.',
  notAgreed:
    'The browser has not agreed to keep this app’s data for certain: it may delete it if the device runs short of space. Keep your backups up to date.',
}

/**
 * Makes this test's browser context grant or deny persistent storage, as a person could in the
 * browser's site settings. The override lasts while the CDP session does, so it is not detached.
 */
async function setPersistentStorage(page: Page, browser: Browser, origin: string, setting: 'granted' | 'denied'): Promise<void> {
  const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo')
  const cdp = await browser.newBrowserCDPSession()
  await cdp.send('Browser.setPermission', { permission: { name: 'persistent-storage' }, setting, origin, browserContextId: targetInfo.browserContextId })
}

const storageStatus = (page: Page) => page.locator('h2:text-is("Storage in this browser") + p[role="status"]')

test('Settings says the browser keeps the data when it has granted persistent storage', async ({ page, browser, baseURL }) => {
  await page.goto('/no-such-page')
  await setPersistentStorage(page, browser, baseURL!, 'granted')
  await openApp(page, '/settings')
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true)
  await expect(storageStatus(page)).toHaveText(storageWording.agreed)
  await expect(page.getByRole('button', { name: 'Ask the browser to keep the data' })).toHaveCount(0)
})

test('Settings says the browser may delete the data when it has denied persistent storage, and can ask again', async ({ page, browser, baseURL }) => {
  await page.goto('/no-such-page')
  await setPersistentStorage(page, browser, baseURL!, 'denied')
  await openApp(page, '/settings')
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false)
  await expect(storageStatus(page)).toHaveText(storageWording.notAgreed)

  // The person allows it in the browser's settings, then asks again from the page.
  await setPersistentStorage(page, browser, baseURL!, 'granted')
  await page.getByRole('button', { name: 'Ask the browser to keep the data' }).click()
  await expect(storageStatus(page)).toHaveText(storageWording.agreed)
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true)
})

test('a browser closed right after "Saved" has the change when it opens again', async ({ playwright, baseURL }, testInfo) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'improvement-tracker-profile-'))
  const launchOptions = testInfo.project.use.launchOptions ?? {}
  const open = () => playwright.chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL, locale: 'en-GB', timezoneId: 'Europe/London' })

  let context = await open()
  let page = context.pages()[0] ?? (await context.newPage())
  await startWithDemo(page)
  await page.goto('/milestones/milestone-17')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('Saved just before the browser closed.')
  await page.getByLabel('Recovery action').fill('Reopen and check.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()
  await context.close()

  context = await open()
  page = context.pages()[0] ?? (await context.newPage())
  await page.goto('/milestones/milestone-17')
  await expect(page.locator('.app-status-now')).toContainText('Off track')
  await expect(page.locator('.app-history__item').first()).toContainText('Saved just before the browser closed.')
  await context.close()
})

test('restore and reset are an administrator’s: a board chair is not offered them; the confirmation names what is replaced', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.improvementChair)
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Reset to demo data/ })).toHaveCount(0)

  await actAs(page, people.admin)
  const backupPath = await downloadBackup(page)
  await page.getByLabel('Backup file').setInputFiles(backupPath)
  await page.getByRole('button', { name: 'Restore from this backup' }).click()
  const warning = page.locator('.govuk-warning-text').filter({ hasText: 'This replaces everything in this browser' })
  await expect(warning).toContainText('(3 boards, 1 plan, 41 milestones')
  await expect(warning).toContainText(': 13 people, ')
  await expect(warning).toContainText('backed up on 23 November 2026')
  await page.getByRole('button', { name: 'Cancel' }).click()
})

import { readFile, writeFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

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
  await actAs(page, people.improvementChair)
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
  await page.evaluate(async (chair) => {
    await fetch('/api/boards/board-improvement', { method: 'PATCH', headers: { 'Content-Type': 'application/json', 'X-Acting-As': chair, 'If-Match': '"1"' }, body: JSON.stringify({ papersLeadDays: 9 }) })
  }, people.improvementChair.id)
  await page.getByLabel('Backup file').setInputFiles(damagedPath)
  await page.getByRole('button', { name: 'Restore from this backup' }).click()
  await page.getByRole('button', { name: 'Yes, restore this backup' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toContainText('The backup was not restored and nothing was changed. The backup file is damaged.')
  const afterRefusal = (await exportData(page)) as { boards: Array<{ id: string; papersLeadDays: number }> }
  expect(afterRefusal.boards.find((board) => board.id === 'board-improvement')?.papersLeadDays).toBe(9)

  // The good file: everything back as it was, history included.
  await page.getByLabel('Backup file').setInputFiles(backupPath)
  await page.getByRole('button', { name: 'Restore from this backup' }).click()
  await page.getByRole('button', { name: 'Yes, restore this backup' }).click()
  await expect(page.getByText('The backup has been restored.')).toBeVisible()
  expect(await exportData(page)).toEqual(before)
})

test('a file that is not a backup, or too big, is refused with a clear message', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.improvementChair)
  const notBackup = test.info().outputPath('notes.json')
  await writeFile(notBackup, JSON.stringify({ hello: 'world', __proto__: { polluted: true } }))
  await page.getByLabel('Backup file').setInputFiles(notBackup)
  await page.getByRole('button', { name: 'Restore from this backup' }).click()
  await page.getByRole('button', { name: 'Yes, restore this backup' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('This is not an Improvement Tracker backup file')
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined()
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
  expect(csv.split('\r\n')[0]).toBe('\uFEFFPlan,Theme,Milestone,Owner,Due date,Status,Overdue,Stale,Completed on,Completed late,Last update,Partner agencies,Description')

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

test('a hard reload, which bypasses service workers, still shows the data', async ({ page, context }) => {
  await openApp(page, '/plans/plan-northshire')
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setBypassServiceWorker', { bypass: true })
  await page.reload()
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reports' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible()
  await expect(page.locator('main tbody tr').first()).toBeVisible()
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((registrations) => registrations.length))).toBe(0)
})

test('Settings shows whether the browser keeps the data', async ({ page }) => {
  await openApp(page, '/settings')
  await expect(page.getByRole('status').filter({ hasText: /browser/ })).toBeVisible()
})

test('a browser closed right after "Saved" has the change when it opens again', async ({ playwright, baseURL }, testInfo) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'improvement-tracker-profile-'))
  const launchOptions = testInfo.project.use.launchOptions ?? {}
  const open = () => playwright.chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL, locale: 'en-GB', timezoneId: 'Europe/London' })

  let context = await open()
  let page = context.pages()[0] ?? (await context.newPage())
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

import { readFile } from 'node:fs/promises'
import { actAs, expect, expectNoAxeViolations, openApp, people, test } from './fixtures'

test('a stored record the app cannot read is named once where it would show; no page crashes and the backup still works', async ({ page }) => {
  await openApp(page, '/settings')
  await actAs(page, people.admin)
  // As data from an older release might hold: written straight into the store, past the API's rules.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('improvement-tracker')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction(['reports', 'meetings'], 'readwrite')
          const reports = transaction.objectStore('reports')
          const meetings = transaction.objectStore('meetings')
          reports.getAll().onsuccess = (event) => {
            const [first] = (event.target as IDBRequest<Array<Record<string, unknown>>>).result
            reports.put({ ...first, id: 'report-far-future', requestedByBoardId: 'board-improvement', requestedAtMeetingId: null, title: 'Quarterly report after 9999', dueMeetingId: null, dueNextMeeting: false, dueMonth: '10000-03', status: 'requested' })
          }
          meetings.getAll().onsuccess = (event) => {
            const [first] = (event.target as IDBRequest<Array<Record<string, unknown>>>).result
            meetings.put({ ...first, id: 'meeting-year-zero', boardId: 'board-improvement', date: '0000-01-03' })
          }
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(transaction.error)
        }
      }),
  )

  for (const path of ['/', '/reports', '/meetings', '/boards/board-improvement', '/settings']) {
    await openApp(page, path)
    await expect(page.getByRole('heading', { name: 'Sorry, there is a problem' })).toHaveCount(0)
    const notice = page.getByRole('region', { name: 'Some records could not be shown' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(/report-far-future|meeting-year-zero/)
  }
  await expectNoAxeViolations(page)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a backup' }).click()
  const backup = JSON.parse(await readFile(await (await download).path(), 'utf8'))
  expect(backup.data.reports.some((report: { id: string }) => report.id === 'report-far-future')).toBe(true)
  expect(backup.data.meetings.some((meeting: { id: string }) => meeting.id === 'meeting-year-zero')).toBe(true)
})

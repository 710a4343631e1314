import { actAs, expect, openApp, people, test } from './fixtures'

test('what was typed survives closing the tab, and is gone once saved', async ({ page, context }) => {
  await openApp(page, '/milestones/milestone-17')
  await actAs(page, people.director)
  await page.getByRole('radio', { name: 'At risk' }).check()
  await page.getByLabel('Commentary').fill('Sign-off delayed by the practice board.')
  await page.close()

  const again = await context.newPage()
  await openApp(again, '/milestones/milestone-17')
  await expect(again.getByLabel('Commentary')).toHaveValue('Sign-off delayed by the practice board.')
  await expect(again.getByRole('radio', { name: 'At risk' })).toBeChecked()
  await again.getByLabel('Recovery action').fill('Chase the board chair.')
  await again.getByRole('button', { name: 'Save update' }).click()
  await expect(again.getByText('Saved. The status is now At risk.')).toBeVisible()
  await again.close()

  const third = await context.newPage()
  await openApp(third, '/milestones/milestone-17')
  await expect(third.getByLabel('Commentary')).toHaveValue('')
})

test('leaving while a save is on its way asks first', async ({ page }) => {
  await openApp(page, '/milestones/milestone-17')
  await actAs(page, people.director)
  // Another connection holds the store's milestones for a few seconds, so the save waits (no part of the app is replaced).
  await page.evaluate(() => {
    const open = indexedDB.open('improvement-tracker')
    open.onsuccess = () => {
      const transaction = open.result.transaction('milestones', 'readwrite')
      const store = transaction.objectStore('milestones')
      // performance.now, not Date.now: the test fixes the date, not the passing of time.
      const until = performance.now() + 4_000
      const keepBusy = () => {
        if (performance.now() < until) store.count().onsuccess = keepBusy
      }
      keepBusy()
    }
  })
  await page.getByRole('radio', { name: 'At risk' }).check()
  await page.getByLabel('Commentary').fill('Sign-off delayed.')
  await page.getByLabel('Recovery action').fill('Chase the board chair.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saving…').first()).toBeVisible()

  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  await expect(page.getByText('Saved. The status is now At risk.')).toBeVisible({ timeout: 10_000 })
})

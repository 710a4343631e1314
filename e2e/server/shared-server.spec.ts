import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { SERVER_PORT } from '../../playwright.server.config'
import { actAs, expectNoAxeViolations, people } from '../fixtures'

/**
 * Two people on one shared server, each in their own browser (context): what one saves, the
 * other sees without reloading; their conflicting edits meet the 412 view; a member cannot write.
 * Without --dev-identity the server refuses every write, and the page says so.
 */

const readOnlyServer = `http://127.0.0.1:${SERVER_PORT + 1}`
const secondProcess = `http://127.0.0.1:${SERVER_PORT + 2}`
const onPostgres = !!process.env.SERVER_E2E_DATABASE_URL

interface Milestone {
  id: string
  title: string
  rag: string
  ownerId: string
  closedOn: string | null
  version: number
}

/** The director's open milestones that are On track, as the server has them now (tests share one dataset). */
async function directorsOnTrack(request: APIRequestContext): Promise<Milestone[]> {
  const response = await request.get(`/api/milestones?ownerId=${people.director.id}`)
  const milestones = (await response.json()) as Milestone[]
  return milestones.filter((milestone) => milestone.rag === 'green' && !milestone.closedOn)
}

async function personIn(browser: Browser, person: { id: string; name: string }, baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {})
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await actAs(page, person)
  return page
}

async function putOffTrack(page: Page, milestone: Milestone, commentary: string): Promise<void> {
  await page.goto(`/milestones/${milestone.id}`)
  await expect(page.getByRole('heading', { level: 1, name: milestone.title })).toBeVisible()
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill(commentary)
  await page.getByLabel('Recovery action').fill('Weekly review with the team managers until it is back on track.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()
}

test('every page says it is a shared server in development mode', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText(/Shared server/).first()).toBeVisible()
  await expect(page.getByText(/development/i).first()).toBeVisible()
  await expectNoAxeViolations(page)
})

/**
 * The chair's dashboard, served from `chairServer`, is open while the director (on the first
 * server) puts one of their milestones Off track: it appears under "Needs attention" without a
 * reload, because the server's change feed tells the chair's page to refetch.
 */
async function chairSeesDirectorsUpdate(browser: Browser, request: APIRequestContext, commentary: string, chairServer?: string): Promise<void> {
  const [milestone] = await directorsOnTrack(request)
  expect(milestone, 'an On track milestone of the director').toBeDefined()
  const chair = await personIn(browser, people.improvementChair, chairServer)
  const attention = chair.getByRole('table', { name: /off track, overdue or stale/ }).first()
  await expect(attention).toBeVisible()
  await expect(attention).not.toContainText(milestone!.title)

  const director = await personIn(browser, people.director)
  await putOffTrack(director, milestone!, commentary)
  await expect(attention.getByRole('row', { name: new RegExp(milestone!.title) })).toContainText('Off track', { timeout: 5_000 })
  await chair.context().close()
  await director.context().close()
}

test('a director’s update appears on the chair’s dashboard without a reload', async ({ browser, request }) => {
  await chairSeesDirectorsUpdate(browser, request, 'Shared server: the protocol was rejected by the practice board.')
})

test('the chair and the director edit one milestone at once: the second to save gets the 412 view and keeps their text', async ({ browser, request }) => {
  const [milestone] = await directorsOnTrack(request)
  const chair = await personIn(browser, people.improvementChair)
  const director = await personIn(browser, people.director)
  for (const page of [chair, director]) {
    await page.goto(`/milestones/${milestone!.id}`)
    await expect(page.getByRole('heading', { level: 1, name: milestone!.title })).toBeVisible()
  }
  await chair.getByRole('radio', { name: 'At risk' }).check()
  await chair.getByLabel('Commentary').fill('Chair: the sign-off is slipping.')
  await chair.getByLabel('Recovery action').fill('Escalated to the director.')

  await director.getByRole('radio', { name: 'Off track' }).check()
  await director.getByLabel('Commentary').fill('Director: the protocol was rejected.')
  await director.getByLabel('Recovery action').fill('Rewrite by January.')
  await director.getByRole('button', { name: 'Save update' }).click()
  await expect(director.getByText('Saved. The status is now Off track.')).toBeVisible()

  await chair.getByRole('button', { name: 'Save update' }).click()
  const conflict = chair.getByRole('alert').filter({ hasText: 'someone else changed this milestone' })
  await expect(conflict).toBeVisible()
  await expect(conflict).toContainText('Off track')
  await expect(chair.getByLabel('Commentary')).toHaveValue('Chair: the sign-off is slipping.')
  await expectNoAxeViolations(chair)
  await chair.context().close()
  await director.context().close()
})

test('a member sees no controls, and the server refuses their write', async ({ browser, request }) => {
  const [milestone] = await directorsOnTrack(request)
  const member = await personIn(browser, people.member)
  await member.goto(`/milestones/${milestone!.id}`)
  await expect(member.getByRole('heading', { level: 1, name: milestone!.title })).toBeVisible()
  await expect(member.getByRole('heading', { name: 'Update status' })).toHaveCount(0)

  const response = await request.post(`/api/milestones/${milestone!.id}/updates`, {
    headers: { 'X-Acting-As': people.member.id, 'If-Match': `"${milestone!.version}"` },
    data: { rag: 'red', commentary: 'Not mine to say.', recoveryAction: 'None.' },
  })
  expect(response.status()).toBe(403)
  const after = (await (await request.get(`/api/milestones/${milestone!.id}`)).json()) as Milestone
  expect(after.version).toBe(milestone!.version)
  await member.context().close()
})

test('without --dev-identity the server refuses every write, and every page says it is read only', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: readOnlyServer })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByText(/read only/i).first()).toBeVisible()
  // On PGlite this server has a data directory of its own, with no council: nobody can set one
  // up there, so the first-run page says whom to ask, with no forms. On PostgreSQL it shares the
  // demo with the other server, and shows it.
  if ((await page.request.get('/api/council')).status() === 404) {
    await expect(page.getByRole('heading', { level: 1, name: 'This server is not set up yet' })).toBeVisible()
    await expect(page.getByRole('button')).toHaveCount(0)
  } else {
    await expect(page.getByRole('heading', { level: 1, name: 'Children’s services improvement' })).toBeVisible()
  }
  await expectNoAxeViolations(page)
  const refused = await page.request.post('/api/setup', { data: { start: 'demo' }, headers: { 'X-Acting-As': people.admin.id } })
  expect(refused.status()).toBe(403)
  expect(await refused.json()).toMatchObject({ status: 403 })
  await context.close()
})

test('two server processes on one PostgreSQL: a change saved through one reaches a page served by the other', async ({ browser, request }) => {
  test.skip(!onPostgres, 'PGlite is one process’s database; this runs against PostgreSQL')
  await chairSeesDirectorsUpdate(browser, request, 'Second process: the audit found gaps in the transfer records.', secondProcess)
})

import { expect, test, type Browser, type Page } from '@playwright/test'
import { SIGN_IN_PORT } from '../../playwright.server.config'
import { expectNoAxeViolations } from '../fixtures'

/**
 * Sign-in on the shared server, against a local OpenID provider (e2e/server/oidc-provider.mjs):
 * the first person sets an empty server up and becomes its administrator; then each role signs
 * in, does its journey, and signs out; someone the council does not know is refused. The tests
 * run in order on one server (PGlite only: the sessions' SQL runs on both databases in vitest).
 */
test.skip(!!process.env.SERVER_E2E_DATABASE_URL, 'Sign-in journeys run on the PGlite server only')
test.describe.configure({ mode: 'serial' })

const site = `http://127.0.0.1:${SIGN_IN_PORT}`
const emails = {
  first: 'trial.lead@westshire.example',
  chair: 'alison.hartley@northshire.gov.uk',
  director: 'mark.ellison@northshire.gov.uk',
  member: 'david.ashworth@northshire.gov.uk',
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: site })
  return context.newPage()
}

/** From the service's sign-in page, through the provider's login and consent, back to `path`. */
async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Allow' }).click()
  await page.waitForURL(`${site}${path}`)
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Who you are signed in as' }).getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible()
  await expectNoAxeViolations(page)
  // The app is behind sign-in again.
  await page.goto('/plans')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  expect((await page.request.get('/api/plans')).status()).toBe(401)
}

test('without a session every page is the sign-in page, and the API answers 401', async ({ browser }) => {
  const page = await newPage(browser)
  await page.goto('/plans')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expectNoAxeViolations(page)
  expect((await page.request.get('/api/plans')).status()).toBe(401)
  await page.context().close()
})

test('the first person on the empty server sets it up with the demo and becomes its administrator', async ({ browser }) => {
  const page = await newPage(browser)
  await signIn(page, emails.first)
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Improvement Tracker' })).toBeVisible()
  await expect(page.getByText(/the first person on this server/)).toContainText(emails.first)
  await page.getByRole('button', { name: /Start with the Northshire demo/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Children’s services improvement' })).toBeVisible()
  const bar = page.getByRole('region', { name: 'Who you are signed in as' })
  await expect(bar).toContainText(/Signed in as .*administrator/)
  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Your sign-in' })).toBeVisible()
  await expect(page.getByText(emails.first)).toBeVisible()
  await expect(page.getByText('This device', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await signOut(page)
  await page.context().close()
})

test('a chair signs in, sees their boards’ dashboard and the record of who changed what, and signs out', async ({ browser }) => {
  const page = await newPage(browser)
  await signIn(page, emails.chair, '/settings')
  await expect(page.getByRole('region', { name: 'Who you are signed in as' })).toContainText('Signed in as Dame Alison Hartley (chair of the Children’s Services Improvement Board)')
  await page.goto('/')
  await expect(page.getByRole('heading', { name: /Needs attention/ }).first()).toBeVisible()
  await expectNoAxeViolations(page)
  await signOut(page)
  await page.context().close()
})

test('a director signs in, updates a milestone recorded under their own name, and signs out', async ({ browser }) => {
  const page = await newPage(browser)
  await signIn(page, emails.director)
  const milestones = (await (await page.request.get('/api/milestones?ownerId=p-safeguarding')).json()) as { id: string; title: string; rag: string; closedOn: string | null }[]
  const milestone = milestones.find((each) => each.rag === 'green' && !each.closedOn)!
  await page.goto(`/milestones/${milestone.id}`)
  await expect(page.getByRole('heading', { level: 1, name: milestone.title })).toBeVisible()
  await page.getByRole('radio', { name: 'Off track' }).check()
  await page.getByLabel('Commentary').fill('Two team managers left in November; cover is in place from the agency until January.')
  await page.getByLabel('Recovery action').fill('Weekly review with the team managers until it is back on track.')
  await page.getByRole('button', { name: 'Save update' }).click()
  await expect(page.getByText('Saved. The status is now Off track.')).toBeVisible()
  const updates = (await (await page.request.get(`/api/milestones/${milestone.id}/updates`)).json()) as { authorId: string; commentary: string }[]
  const latest = updates.find((update) => update.commentary.startsWith('Two team managers left'))!
  expect(latest.authorId).toBe('p-safeguarding')
  // Naming someone else is refused, whatever the page or a script sends.
  const forged = await page.request.post(`/api/milestones/${milestone.id}/updates`, {
    headers: { 'X-Acting-As': 'p-improvement-chair', 'If-Match': '*' },
    data: { rag: 'green', commentary: 'Forged' },
  })
  expect(forged.status()).toBe(403)
  await signOut(page)
  await page.context().close()
})

test('a member signs in, reads the plan with no controls, is refused a write, and signs out', async ({ browser }) => {
  const page = await newPage(browser)
  await signIn(page, emails.member)
  await expect(page.getByRole('region', { name: 'Who you are signed in as' })).toContainText('Signed in as Cllr David Ashworth (elected member, read only)')
  const milestones = (await (await page.request.get('/api/milestones?ownerId=p-safeguarding')).json()) as { id: string; title: string; version: number }[]
  const milestone = milestones[0]!
  await page.goto(`/milestones/${milestone.id}`)
  await expect(page.getByRole('heading', { level: 1, name: milestone.title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Update status' })).toHaveCount(0)
  const refused = await page.request.post(`/api/milestones/${milestone.id}/updates`, { headers: { 'If-Match': `"${milestone.version}"` }, data: { rag: 'red', commentary: 'Not mine to say', recoveryAction: 'None' } })
  expect(refused.status()).toBe(403)
  await signOut(page)
  await page.context().close()
})

test('someone the council does not know is refused, with the administrators to ask', async ({ browser }) => {
  const page = await newPage(browser)
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByLabel('Email address').fill('stranger@elsewhere.example')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Allow' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access yet' })).toBeVisible()
  await expect(page.getByText('Grace Adeyemi')).toBeVisible()
  await expectNoAxeViolations(page)
  expect((await page.request.get('/api/plans')).status()).toBe(401)
  await page.context().close()
})

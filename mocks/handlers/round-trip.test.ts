// @vitest-environment node
import { it, expect } from 'vitest'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, storedData } from '../testing/api'

/** Whatever a council does through the API, its backup restores to exactly what it had: nothing saved is lost. */
it('after writes of every kind (people, council, inspection, plan agreed, date change, sign-off, measure, closing), export → import gives back identical data', async () => {
  await loadDemoData()
  const ok = <R extends { status: number; json: unknown }>(response: R, label: string): R => {
    if (response.status >= 300) throw new Error(`${label}: ${response.status} ${JSON.stringify(response.json)}`)
    return response
  }
  // people
  const p = ok(await call('POST', '/api/people', { as: ADMIN, body: { name: 'New Officer', jobTitle: 'Head', role: 'director', memberships: [{ boardId: 'board-improvement', as: 'officer' }] } }), 'person')
  ok(await call('PATCH', `/api/people/${p.json.id}`, { as: ADMIN, ifMatch: 1, body: { active: false } }), 'deactivate')
  ok(await call('PATCH', '/api/council', { as: ADMIN, ifMatch: 1, body: { name: 'Renamed' } }), 'rename')
  // inspection + plan + agree
  const ins = ok(await call('POST', '/api/inspections', { as: CHAIR, body: { framework: 'ilacs-2023', kind: 'monitoring-visit', startDate: '2026-10-01', endDate: '2026-10-02', publishedDate: '2026-10-20', recommendations: [{ id: 'r-x1', number: 1, text: 'Do better', area: null }] } }), 'inspection')
  const plan = ok(await call('POST', '/api/plans', { as: CHAIR, body: { boardId: 'board-improvement', inspectionId: ins.json.id, title: 'Visit plan', themes: [{ title: 'One' }] } }), 'plan')
  const m = ok(await call('POST', '/api/milestones', { as: CHAIR, body: { planId: plan.json.id, themeId: plan.json.themes[0].id, title: 'M', ownerId: DIRECTOR, dueDate: '2027-01-01', recommendationIds: ['r-x1'] } }), 'milestone')
  const agreed = ok(await call('POST', `/api/plans/${plan.json.id}/agree`, { as: CHAIR, ifMatch: plan.json.version, body: { agreedBy: 'The board', agreedOn: '2026-11-20' } }), 'agree')
  const m1 = (await call('GET', `/api/milestones/${m.json.id}`)).json
  const prop = ok(await call('POST', `/api/milestones/${m.json.id}/date-changes`, { as: DIRECTOR, ifMatch: m1.version, body: { toDate: '2027-03-01', reason: 'Late' } }), 'propose')
  const m2 = (await call('GET', `/api/milestones/${m.json.id}`)).json
  expect(m2.proposedDueDate).toBe('2027-03-01')
  ok(await call('POST', `/api/milestones/${m.json.id}/date-changes/${prop.json.dateChange.id}/decision`, { as: CHAIR, ifMatch: m2.version, body: { decision: 'agreed' } }), 'decide')
  const m3 = (await call('GET', `/api/milestones/${m.json.id}`)).json
  expect(m3).toMatchObject({ dueDate: '2027-03-01', baselineDueDate: '2027-01-01', slipped: true, slippedDays: 59 })
  ok(await call('POST', `/api/milestones/${m.json.id}/updates`, { as: DIRECTOR, ifMatch: m3.version, body: { rag: 'blue', commentary: 'Done', evidence: 'Report' } }), 'complete')
  const m4 = (await call('GET', `/api/milestones/${m.json.id}`)).json
  expect(m4.signOff).toBe('awaiting')
  ok(await call('POST', `/api/milestones/${m.json.id}/sign-off`, { as: CHAIR, ifMatch: m4.version, body: { decision: 'signed-off' } }), 'signoff')
  // measure
  const meas = ok(await call('POST', '/api/measures', { as: CHAIR, body: { planId: plan.json.id, name: 'X', unit: '%', target: 90, direction: 'higher-is-better', greenFrom: 90, amberFrom: 80, ownerId: DIRECTOR, milestoneIds: [m.json.id] } }), 'measure')
  ok(await call('POST', `/api/measures/${meas.json.id}/actuals`, { as: DIRECTOR, body: { month: '2026-10', value: 85 } }), 'actual')
  // close another milestone
  const other = (await call('GET', '/api/milestones/milestone-20')).json
  ok(await call('POST', '/api/milestones/milestone-20/close', { as: CHAIR, ifMatch: other.version, body: { reason: 'No longer needed' } }), 'close')
  expect(agreed.json.status).toBe('agreed')
  const before = await storedData()
  const backup = (await call('GET', '/api/export')).json
  const restored = await call('POST', '/api/import', { as: ADMIN, body: backup })
  expect(restored.status, JSON.stringify(restored.json)).toBe(200)
  expect(await storedData()).toEqual(before)
  expect(await stored.council.count()).toBe(1)
})

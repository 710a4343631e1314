import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData, server, stored, TEST_TODAY } from '@/testing/mocked-api'

/** The improvement board's last meeting (held), and its next. */
const LAST = 'meeting-improvement-2026-11-05'
const NEXT = 'meeting-improvement-2026-12-03'

// Minutes written for these tests in the style councils publish them.
const minutes = `CHILDREN’S SERVICES IMPROVEMENT BOARD

Minutes of the meeting held on Thursday 5 November 2026

4.  Placement sufficiency

4.1  Ms Natarajan agreed to bring a report on foster carer recruitment to the next meeting of the Board.

4.2  Ms Natarajan confirmed that the review of residential placements would be completed by 31 March 2027.

4.3  RESOLVED that Mr Brennan circulate the agency workforce figures to Board members by 30 November 2026.

4.4  Officers would look into the use of unregistered placements and report the findings to members.
`

const sentence = '4.1  Ms Natarajan agreed to bring a report on foster carer recruitment to the next meeting of the Board.'.slice(5)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_TODAY })
  await loadDemoData()
  return () => vi.useRealTimers()
})

/** The proposal whose heading names `title`. */
const proposal = (title: RegExp) => within(screen.getByRole('heading', { level: 3, name: title }).closest('li')!)

async function readMinutes(user: ReturnType<typeof userEvent.setup>, path = `/meetings/${LAST}/minutes`) {
  renderApp(path, { actingAs: 'p-improvement-chair' })
  // Pasted, as a person would: typing two thousand characters one by one is not what they do.
  await user.click(await screen.findByLabelText('The minutes'))
  await user.paste(minutes)
  await user.click(screen.getByRole('button', { name: 'Find what the minutes record' }))
  await screen.findByRole('heading', { level: 1, name: /Check what the minutes record/ })
}

describe('bringing in the minutes', () => {
  it('asks for the minutes, and keeps what was pasted through a reload', async () => {
    const user = userEvent.setup()
    const { unmount } = renderApp(`/meetings/${LAST}/minutes`, { actingAs: 'p-improvement-chair' })
    await user.click(await screen.findByRole('button', { name: 'Find what the minutes record' }))
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter the minutes' })).toHaveAttribute('href', '#minutes')
    expect(screen.getByLabelText('The minutes')).toHaveAccessibleDescription(/Enter the minutes/)

    await user.click(screen.getByLabelText('The minutes'))
    await user.paste(minutes)
    unmount()
    renderApp(`/meetings/${LAST}/minutes`, { actingAs: 'p-improvement-chair' })
    expect(await screen.findByLabelText('The minutes')).toHaveValue(minutes)
  })

  it('lists each proposal in the order of the minutes, beside its sentence, saving nothing', async () => {
    const user = userEvent.setup()
    const before = { reports: await stored.reports.count(), actions: await stored.actions.count(), milestones: await stored.milestones.count() }
    await readMinutes(user)

    const items = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(items).toEqual([
      '1. Follow-up reportReport on foster carer recruitment',
      '2. CommitmentThe review of residential placements would be completed by 31 March 2027',
      '3. ActionCirculate the agency workforce figures to Board members',
      '4. ActionLook into the use of unregistered placements and report the findings to members',
    ])
    const report = proposal(/foster carer recruitment/)
    expect(report.getByText(sentence)).toBeInTheDocument()
    expect(report.getByText('At the meeting on 3 December 2026')).toBeInTheDocument()
    expect(report.getByText('Ms Natarajan')).toBeInTheDocument()
    expect(report.getByText('Priya Natarajan – Head of Service, Children in Care and Care Leavers')).toBeInTheDocument()
    expect(proposal(/Look into the use/).getByText('Officers (as written: not one of the council’s people)')).toBeInTheDocument()
    expect(screen.getByText('0 accepted, 0 rejected, 4 to decide.')).toBeInTheDocument()
    expect({ reports: await stored.reports.count(), actions: await stored.actions.count(), milestones: await stored.milestones.count() }).toEqual(before)
  })

  it('accepts a report as it stands: asked for at this meeting, written by the officer the minutes name, due at the next meeting', async () => {
    const user = userEvent.setup()
    await readMinutes(user)
    await user.click(screen.getByRole('button', { name: 'Accept the follow-up report: Report on foster carer recruitment' }))

    const made = await proposal(/foster carer recruitment/).findByRole('link', { name: 'Report on foster carer recruitment' })
    expect(made.closest('p')).toHaveTextContent('Report requested: Report on foster carer recruitment')
    expect(made.closest('p')).toHaveFocus()
    const [report] = await stored.reports.filter((each) => each.title === 'Report on foster carer recruitment').toArray()
    expect(report).toMatchObject({
      requestedByBoardId: 'board-improvement',
      requestedAtMeetingId: LAST,
      dueMeetingId: NEXT,
      authorId: 'p-children-in-care',
      recurrence: 'none',
      status: 'requested',
      description: sentence,
    })
    expect(made).toHaveAttribute('href', `/reports/${report!.id}`)
    expect(screen.getByText('1 accepted, 0 rejected, 3 to decide.')).toBeInTheDocument()
  })

  it('accepts an action as edited, into the board’s action log as agreed at this meeting', async () => {
    const user = userEvent.setup()
    await readMinutes(user)
    await user.click(screen.getByRole('button', { name: /^Edit the action: Circulate/ }))
    const action = proposal(/Circulate the agency workforce figures/)
    const what = action.getByRole('textbox', { name: 'What is to be done' })
    expect(action.getByRole('group', { name: /before accepting/ })).toHaveFocus()
    await user.clear(what)
    await user.type(what, 'Circulate the agency workforce figures, by team, to Board members')
    await user.clear(action.getByRole('textbox', { name: 'Day' }))
    await user.type(action.getByRole('textbox', { name: 'Day' }), '4')
    await user.clear(action.getByRole('textbox', { name: 'Month' }))
    await user.type(action.getByRole('textbox', { name: 'Month' }), '12')
    await user.click(action.getByRole('button', { name: /^Accept the action/ }))

    await action.findByRole('link', { name: 'Circulate the agency workforce figures, by team, to Board members' })
    const [saved] = await stored.actions.filter((each) => each.what.startsWith('Circulate the agency workforce')).toArray()
    expect(saved).toMatchObject({ meetingId: LAST, boardId: 'board-improvement', ownerId: 'p-workforce', ownerName: null, due: { kind: 'date', date: '2026-12-04' } })
  })

  it('keeps the edits and shows the problem beside the proposal when a save is refused, then saves once it is not', async () => {
    server.use(
      http.post(
        '*/api/actions',
        () =>
          HttpResponse.json(
            { type: '/problems/forbidden', title: 'Not allowed', status: 403, detail: 'Only the chair of Children’s Services Improvement Board may record or change its actions.' },
            { status: 403, headers: { 'X-Local-API': '1', 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    )
    const user = userEvent.setup()
    const before = await stored.actions.count()
    await readMinutes(user)
    await user.click(screen.getByRole('button', { name: /^Edit the action: Look into/ }))
    const action = proposal(/Look into the use/)
    await user.clear(action.getByRole('textbox', { name: 'Their name' }))
    await user.type(action.getByRole('textbox', { name: 'Their name' }), 'The placements team')
    await user.click(action.getByRole('button', { name: /^Accept the action/ }))

    expect(await action.findByRole('alert')).toHaveTextContent('Not saved. Only the chair of Children’s Services Improvement Board may record or change its actions.')
    expect(action.getByRole('textbox', { name: 'Their name' })).toHaveValue('The placements team')
    expect(await stored.actions.count()).toBe(before)

    await user.click(action.getByRole('button', { name: /^Accept the action/ }))
    await action.findByRole('link', { name: /^Look into the use/ })
    const [saved] = await stored.actions.filter((each) => each.what.startsWith('Look into the use')).toArray()
    expect(saved).toMatchObject({ ownerId: null, ownerName: 'The placements team', due: { kind: 'none' } })
  })

  it('makes a commitment a milestone in the board’s plan once its theme is chosen', async () => {
    const user = userEvent.setup()
    await readMinutes(user)
    const commitment = proposal(/residential placements/)
    expect(commitment.getByText('To accept it, first choose its theme in the plan.')).toBeInTheDocument()
    await user.click(commitment.getByRole('button', { name: /^Choose and accept the commitment/ }))
    const [plan] = await stored.plans.toArray()
    await user.selectOptions(commitment.getByRole('combobox', { name: 'Theme' }), plan!.themes[0]!.title)
    await user.click(commitment.getByRole('button', { name: /^Accept the commitment/ }))

    await commitment.findByRole('link', { name: /^The review of residential placements/ })
    const [milestone] = await stored.milestones.filter((each) => each.title.startsWith('The review of residential placements')).toArray()
    expect(milestone).toMatchObject({ planId: plan!.id, themeId: plan!.themes[0]!.id, ownerId: 'p-children-in-care', dueDate: '2027-03-31' })
  })

  it('rejects a proposal, saving nothing, and takes the rejection back', async () => {
    const user = userEvent.setup()
    await readMinutes(user)
    const action = proposal(/Look into the use/)
    await user.click(action.getByRole('button', { name: /^Reject the action/ }))
    expect(action.getByText('Rejected: nothing is saved from it.')).toHaveFocus()
    expect(action.getByText('Rejected', { selector: '.govuk-tag' })).toBeInTheDocument()
    expect(screen.getByText('0 accepted, 1 rejected, 3 to decide.')).toBeInTheDocument()
    await user.click(action.getByRole('button', { name: /^Undo rejecting the action/ }))
    expect(action.getByRole('button', { name: /^Accept the action/ })).toHaveFocus()
    expect(screen.getByText('0 accepted, 0 rejected, 4 to decide.')).toBeInTheDocument()
  })

  it('offers no accept for a commitment where the board has no plan', async () => {
    const held = (await stored.meetings.where('boardId').equals('board-scrutiny').toArray()).filter((meeting) => meeting.status === 'held').at(-1)!
    const user = userEvent.setup()
    renderApp(`/meetings/${held.id}/minutes`, { actingAs: 'p-scrutiny-chair' })
    await user.click(await screen.findByLabelText('The minutes'))
    await user.paste('3.1  Mr Ellison confirmed that the new front door would be in place by 1 April 2027.')
    await user.click(screen.getByRole('button', { name: 'Find what the minutes record' }))
    await screen.findByRole('heading', { level: 1, name: /Check what the minutes record/ })
    const commitment = proposal(/front door/)
    expect(commitment.getByText(/The board has no improvement plan, so this cannot become a milestone here./)).toBeInTheDocument()
    expect(commitment.queryByRole('button', { name: /^(Accept|Choose and accept|Edit)/ })).toBeNull()
    expect(commitment.getByRole('button', { name: /^Reject/ })).toBeInTheDocument()
  })

  it('is the board chair’s alone, and waits for the meeting’s day', async () => {
    const { unmount } = renderApp(`/meetings/${LAST}/minutes`, { actingAs: 'p-member-lloyd' })
    expect(await screen.findByText('Only the chair of Children’s Services Improvement Board may bring its minutes in.')).toBeInTheDocument()
    expect(screen.queryByLabelText('The minutes')).toBeNull()
    unmount()
    renderApp(`/meetings/${NEXT}/minutes`, { actingAs: 'p-improvement-chair' })
    expect(await screen.findByText(/You can bring its minutes in from its day, Thursday 3 December 2026/)).toBeInTheDocument()
    expect(screen.queryByLabelText('The minutes')).toBeNull()
  })
})

import { act, render, screen } from '@testing-library/react'
import { Suspense, useState } from 'react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { focusPageHeading, forgetWantedFocus } from '@/lib/heading-focus'
import { PageHeading } from './page'

afterEach(forgetWantedFocus)

let suspendWith: ((promise: Promise<void> | null) => void) | null = null

function MaySuspend() {
  const [promise, setPromise] = useState<Promise<void> | null>(null)
  suspendWith = setPromise
  if (promise) throw promise
  return <p>Changes</p>
}

describe('the page heading', () => {
  it('takes the focus back when the page is shown again after its answer was refetched behind Suspense', async () => {
    render(
      <MemoryRouter initialEntries={['/audit']}>
        <main>
          <Suspense fallback={<p>Loading</p>}>
            <PageHeading>Who changed what</PageHeading>
            <MaySuspend />
          </Suspense>
        </main>
      </MemoryRouter>,
    )
    const heading = screen.getByRole('heading', { level: 1, name: 'Who changed what' })
    focusPageHeading('/audit')
    expect(heading).toHaveFocus()

    let answer: () => void = () => undefined
    const pending = new Promise<void>((resolve) => (answer = resolve))
    act(() => suspendWith?.(pending))
    // The browser drops the focus from an element hidden by display: none; jsdom does not, so do it here.
    heading.blur()
    expect(document.body).toHaveFocus()

    await act(async () => {
      suspendWith?.(null)
      answer()
      await pending
    })
    expect(screen.getByText('Changes')).toBeVisible()
    expect(heading).toHaveFocus()
  })
})

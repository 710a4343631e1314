import { afterEach, describe, expect, it } from 'vitest'
import { focusPageHeading, forgetWantedFocus, takeWantedFocus } from './heading-focus'

function heading(): HTMLElement {
  const main = document.createElement('main')
  const h1 = document.createElement('h1')
  h1.tabIndex = -1
  h1.dataset.pageHeading = 'true'
  main.append(h1)
  document.body.append(main)
  return h1
}

afterEach(() => {
  forgetWantedFocus()
  document.body.replaceChildren()
})

describe('the page heading takes focus after a navigation', () => {
  it('at once when it is there', () => {
    const h1 = heading()
    focusPageHeading('/audit')
    expect(document.activeElement).toBe(h1)
  })

  it('when it mounts later, still loading at the navigation', () => {
    focusPageHeading('/audit')
    const h1 = heading()
    takeWantedFocus('/audit', h1)
    expect(document.activeElement).toBe(h1)
  })

  it('when it mounts later and the menu link that started the navigation still has the focus', () => {
    const link = document.createElement('a')
    link.href = '/audit'
    document.body.append(link)
    link.focus()
    focusPageHeading('/audit')
    expect(document.activeElement).toBe(link)
    const h1 = heading()
    takeWantedFocus('/audit', h1)
    expect(document.activeElement).toBe(h1)
  })

  it('when it is replaced and the focus fell to the body', () => {
    const first = heading()
    focusPageHeading('/audit')
    first.parentElement?.remove()
    expect(document.activeElement).toBe(document.body)
    const second = heading()
    takeWantedFocus('/audit', second)
    expect(document.activeElement).toBe(second)
  })

  it('not on another page, nor once the person has pressed a key', () => {
    focusPageHeading('/audit')
    takeWantedFocus('/boards', heading())
    expect(document.activeElement).toBe(document.body)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    takeWantedFocus('/audit', heading())
    expect(document.activeElement).toBe(document.body)
  })

  it('not away from what the person has focused', () => {
    focusPageHeading('/audit')
    const field = document.createElement('input')
    document.body.append(field)
    field.focus()
    takeWantedFocus('/audit', heading())
    expect(document.activeElement).toBe(field)
  })
})

/**
 * After a navigation the new page's h1 takes focus. The page may not be in the document yet when
 * the navigation settles (its data still loading behind Suspense), or its h1 may be replaced as the
 * page settles (an answer arriving), which drops the focus to the body. So the wish is kept until
 * the person acts (a key or a pointer): an h1 that mounts for the same path takes the focus while
 * nothing has it, or while the link or button that started the navigation still has it (a menu
 * link in the header, which stays on the page).
 */
let wantedFor: string | null = null
let focusedAtNavigation: Element | null = null
let listening = false

function forgetOnInput() {
  wantedFor = null
  focusedAtNavigation = null
}

/** Focus the page's h1 now if it is there, and keep the wish for this path until the person acts. */
export function focusPageHeading(path: string): void {
  if (!listening) {
    listening = true
    document.addEventListener('keydown', forgetOnInput, true)
    document.addEventListener('pointerdown', forgetOnInput, true)
  }
  wantedFor = path
  focusedAtNavigation = document.activeElement
  document.querySelector<HTMLElement>('main [data-page-heading]')?.focus()
}

/** Called by an h1 as it mounts: it takes focus when the navigation to its path still wants it and nothing has it. */
export function takeWantedFocus(path: string, heading: HTMLElement | null): void {
  if (heading === null || wantedFor !== path) return
  const focused = document.activeElement
  if (focused === null || focused === document.body || focused === focusedAtNavigation) heading.focus()
}

/** A later navigation, or the first load, starts afresh. */
export function forgetWantedFocus(): void {
  wantedFor = null
  focusedAtNavigation = null
}

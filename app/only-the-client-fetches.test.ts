// @vitest-environment node
import { globSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Calling fetch is not an import, so dependency-cruiser cannot see it; the import boundaries are in .dependency-cruiser.cjs.
const root = join(import.meta.dirname, '..')
const callsFetch = /\bfetch\s*\(|\.fetch\b/

describe('fetch', () => {
  it('is called in the UI only by the API client', () => {
    const ui = globSync('app/**/*.{ts,tsx}', { cwd: root }).filter((file) => !/\.test\.tsx?$/.test(file) && !file.startsWith('app/testing/'))
    expect(ui.filter((file) => callsFetch.test(readFileSync(join(root, file), 'utf8')))).toEqual(['app/lib/api-client.ts'])
  })
})

// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The boundaries of STYLE.md, checked over every source file (a lint rule in test form: no second TypeScript needed). */
const root = join(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2] ?? '')
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file)
const appFiles = sourceFiles('app')
const mockFiles = sourceFiles('mocks')

function offenders(files: string[], bad: (file: string, specifier: string) => boolean): string[] {
  return files.flatMap((file) => imports(file).filter((specifier) => bad(file, specifier)).map((specifier) => `${relative('.', file)} → ${specifier}`))
}

describe('architecture', () => {
  it('app/ reaches mocks/ only from main.tsx, app/testing/ and tests', () => {
    const allowed = (file: string) => file === join('app', 'main.tsx') || file.startsWith(join('app', 'testing')) || isTest(file)
    expect(offenders(appFiles, (file, specifier) => specifier.includes('mocks/') && !allowed(file))).toEqual([])
  })

  it('mocks/ reaches app/ only through app/contract/ and app/domain/', () => {
    expect(
      offenders(mockFiles, (file, specifier) => (specifier.startsWith('@/') && !specifier.startsWith('@/contract/') && !specifier.startsWith('@/domain/') && !isTest(file)) || specifier.includes('/app/')),
    ).toEqual([])
  })

  it('app/contract/ depends on nothing else of the app', () => {
    const contract = appFiles.filter((file) => file.startsWith(join('app', 'contract')))
    expect(offenders(contract, (_file, specifier) => specifier.startsWith('@/') || specifier.startsWith('..'))).toEqual([])
  })

  it('features do not import each other', () => {
    const features = appFiles.filter((file) => file.startsWith(join('app', 'features')))
    expect(
      offenders(features, (file, specifier) => {
        const own = file.split('/')[2]
        const target = /^@\/features\/([^/]+)/.exec(specifier)?.[1]
        return target !== undefined && target !== own
      }),
    ).toEqual([])
  })

  it('only feature api files and the client touch fetch, and nothing in the UI touches Dexie', () => {
    const ui = appFiles.filter((file) => !isTest(file) && !file.startsWith(join('app', 'testing')))
    const fetching = ui.filter((file) => /\bfetch\(/.test(readFileSync(join(root, file), 'utf8')) && file !== join('app', 'lib', 'api-client.ts'))
    expect(fetching).toEqual([])
    expect(offenders(ui, (_file, specifier) => specifier === 'dexie' || specifier.startsWith('msw'))).toEqual([])
    // Components and routes reach the API through feature hooks, never the client itself.
    const clientUsers = ui.filter((file) => imports(file).includes('@/lib/api-client') && !/\/api\//.test(file) && !file.startsWith(join('app', 'lib')))
    expect(clientUsers).toEqual([])
  })

  it('no deep relative paths', () => {
    expect(offenders([...appFiles, ...mockFiles], (_file, specifier) => specifier.startsWith('../../../'))).toEqual([])
  })
})

import { readFileSync } from 'node:fs'

/**
 * Stops the run before any test on a Node older than package.json's `engines.node`: there,
 * MSW's interceptors lack the built-ins they need and the app's requests reach real sockets.
 */
export default function checkNodeVersion() {
  const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }
  const minimum = engines.node.replace(/^>=\s*/, '')
  if (olderThan(process.versions.node, minimum)) {
    throw new Error(`Node ${minimum} or newer is needed; found ${process.version}. See README, "Prerequisites" (.nvmrc names the version to use).`)
  }
}

function olderThan(version: string, minimum: string): boolean {
  const have = version.split('.').map(Number)
  const need = minimum.split('.').map(Number)
  for (let i = 0; i < need.length; i++) {
    const difference = (have[i] ?? 0) - (need[i] ?? 0)
    if (difference !== 0) return difference < 0
  }
  return false
}

/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { defineConfig, runnerImport, type Plugin } from 'vite'

/**
 * The production build runs under a Content-Security-Policy: scripts and workers only from
 * this origin (the local API's worker), no plugins, no <base>. (Not in dev, where Vite injects inline scripts for hot reload.)
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/**
 * Writes the Content-Security-Policy into index.html and, before anything else the page loads, the
 * script that starts the local API's shared worker (mocks/local-api/early-start.ts), allowed by its
 * hash: the worker's start then no longer waits for the style sheet and the UI's modules.
 */
function cspAndEarlyApi(): Plugin {
  let base = '/'
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const worker = Object.keys(context.bundle ?? {}).find((file) => /^assets\/api\/worker-[\w-]+\.js$/.test(file))
        if (!worker) throw new Error('The local API’s worker is missing from the build: index.html cannot start it.')
        const { module } = await runnerImport<typeof import('./mocks/local-api/early-start')>('./mocks/local-api/early-start.ts', {
          configFile: false,
          logLevel: 'silent',
          resolve: { alias: [{ find: /^@\//, replacement: appDir }] },
        })
        const script = module.earlyStartScript(`${base}${worker}`)
        const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
        const policy = contentSecurityPolicy.replace("script-src 'self'", `script-src 'self' ${hash}`)
        return html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${script}</script>`,
        )
      },
    },
  }
}

/**
 * Renders the app's shell (header, menu, "Loading…", footer) into index.html, from the same
 * component the app uses, so it paints with the CSS before any script has loaded.
 */
function staticShell(): Plugin {
  return {
    name: 'static-shell',
    async transformIndexHtml(html) {
      const { module } = await runnerImport<typeof import('./app/routes/shell')>('./app/routes/shell.tsx', {
        configFile: false,
        logLevel: 'silent',
        resolve: { alias: [{ find: /^@\//, replacement: appDir }] },
      })
      const shell = renderToStaticMarkup(createElement(module.ShellLoading, { routed: false }))
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`)
    },
  }
}

/**
 * index.html names the UI's chunk and every chunk it imports (React and the router among them) as
 * modulepreload links: main.tsx imports the UI dynamically, so without them the browser learns of
 * the framework only once the UI's chunk has arrived, a round trip later. Static links cost the
 * main thread nothing (unlike Vite's helper, turned off below). Measured under Lighthouse mobile:
 * LCP about 0.45 s sooner on home (first and repeat visits), FCP about 0.1 s later.
 */
function preloadTheUi(): Plugin {
  return {
    name: 'preload-the-ui',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle
        if (!bundle) return html
        const ui = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/app/start-ui.tsx'))
        if (!ui || ui.type !== 'chunk') return html
        // Every chunk the UI's chunk imports, and theirs: a modulepreload fetches one module, not
        // what it imports, which the browser would otherwise ask for only when main.tsx imports the UI.
        const reachable = new Set<string>()
        const visit = (file: string) => {
          const chunk = bundle[file]
          if (reachable.has(file) || chunk?.type !== 'chunk') return
          reachable.add(file)
          chunk.imports.forEach(visit)
        }
        visit(ui.fileName)
        const files = [...reachable].filter((file) => !html.includes(`/${file}"`))
        const links = files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`).join('\n    ')
        return html.replace('</head>', `  ${links}\n  </head>`)
      },
    },
  }
}

/**
 * Fewer, larger chunks for the start and the first pages. Left to itself the bundler splits out
 * every module two chunks share into a file of its own: the UI's start came in eight files and
 * the home page's code in thirty more. Each file costs a request, a response, a compile and a
 * module record, on a machine the page, the local API's worker and the browser share; and on
 * HTTP/1.1 (six connections to a host) the worker's script waited behind the start's preloads.
 * So:
 * - `ui`: every module `app/start-ui.tsx` imports, beyond what `main.tsx` already has;
 * - `first-pages`: the app's modules both the home page and the plan page import;
 * - `home-parts` and `plan-parts`: the app's modules only the one imports.
 * A module in one of these is loaded by then, or comes in a larger file with its neighbours; no
 * page loads a module it never uses from the start's files, and the libraries (date-fns) keep the
 * bundler's own split, which tree-shakes them file by file.
 */
function firstChunks(): { plugin: Plugin; groups: { name: string; test: (id: string) => boolean }[] } {
  const sets = { ui: new Set<string>(), 'first-pages': new Set<string>(), 'home-parts': new Set<string>(), 'plan-parts': new Set<string>() }
  const plugin: Plugin = {
    name: 'first-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()]
      const closure = (suffix: string) => {
        const from = ids.find((id) => id.endsWith(suffix))
        const seen = new Set<string>()
        const next = from ? [from] : []
        while (next.length > 0) {
          const id = next.pop()!
          if (seen.has(id)) continue
          seen.add(id)
          next.push(...(this.getModuleInfo(id)?.importedIds ?? []))
        }
        if (from) seen.delete(from)
        return seen
      }
      const main = closure('/app/main.tsx')
      const ui = closure('/app/start-ui.tsx')
      const own = (id: string) => id.startsWith(appDir) && !main.has(id) && !ui.has(id)
      const home = [...closure('/app/routes/home.tsx')].filter(own)
      const plan = new Set([...closure('/app/routes/plan.tsx')].filter(own))
      for (const id of ui) if (id.startsWith(appDir) && !main.has(id)) sets.ui.add(id)
      for (const id of home) (plan.has(id) ? sets['first-pages'] : sets['home-parts']).add(id)
      for (const id of plan) if (!sets['first-pages'].has(id)) sets['plan-parts'].add(id)
    },
  }
  const groups = Object.entries(sets).map(([name, set]) => ({ name, test: (id: string) => set.has(id) }))
  return { plugin, groups }
}

const govukAssets = fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets/', import.meta.url))
const appDir = fileURLToPath(new URL('./app/', import.meta.url))
const mocksDir = fileURLToPath(new URL('./mocks/', import.meta.url))
const serverDir = fileURLToPath(new URL('./server/', import.meta.url))
/** Tests that need the mocked API, IndexedDB or a DOM; every other test file is pure. */
const apiTests = ['mocks/handlers/**/*.test.ts', 'mocks/local-api/serve.test.ts', 'mocks/local-api/page.test.ts', 'mocks/db/**/*.test.ts', '{app,mocks}/**/*.test.tsx', 'app/lib/api-client.test.ts', 'app/testing/**/*.test.ts']
/** The import prefixes of tsconfig.json's paths, for the app's build and the server's (vite.server.config.ts). */
export const projectAliases = [
  { find: /^@\//, replacement: appDir },
  { find: /^~mocks\//, replacement: mocksDir },
  { find: /^~server\//, replacement: serverDir },
]
const noCookieJar = fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url))
const firstChunkGroups = firstChunks()

export default defineConfig(({ mode }) => ({
  plugins: [react(), staticShell(), cspAndEarlyApi(), preloadTheUi(), firstChunkGroups.plugin],
  resolve: {
    alias: [
      { find: /^@govuk-assets\//, replacement: govukAssets },
      ...projectAliases,
      // The local API uses no cookies: leave MSW's cookie jar and its public-suffix data out of the app.
      ...(mode === 'test' ? [] : [{ find: /^tough-cookie$/, replacement: noCookieJar }]),
    ],
  },
  css: {
    // govuk-frontend keeps old-IE `@media screen\0` hacks; recover from them rather than fail.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true },
    },
  },
  // Workers are their own bundles, ES modules. The local API's (mocks/local-api/worker.ts) and its
  // chunks go under assets/api/, so that the benchmark tells its JavaScript from the page's; a
  // backup's summary worker (app/features/settings) stays under assets/.
  worker: {
    format: 'es' as const,
    rolldownOptions: {
      output: {
        entryFileNames: (chunk: { facadeModuleId: string | null }) =>
          chunk.facadeModuleId?.includes('/mocks/local-api/') ? 'assets/api/[name]-[hash].js' : 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/api/[name]-[hash].js',
      },
    },
  },
  build: {
    // No modulepreload helper: it appends one <link> per chunk a lazy page needs, on the main thread,
    // which on a first visit cost more than the round trips it saves (Lighthouse mobile total
    // blocking time fell by about half without it; see README, Performance). Limited to the router's
    // imports of pages (every chunk a page needs asked for at once), it brought a repeat visit's LCP
    // closer to the floor's but cost 50–100 ms more blocking time, and no sooner a desktop cold load.
    // preloadTheUi() above writes the links the first page needs into index.html instead.
    modulePreload: false,
    // React, the router, TanStack Query and zustand in one chunk: compressed whole it is smaller than
    // spread over the page's chunks (the first page's JavaScript budget, bench/run.mjs), and it changes
    // only when a dependency does, so a browser keeps it across releases of the app. The UI's own
    // start and the first pages in others (firstChunks() above).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|zustand)[\\/]/ },
            // Only those modules: by default a group takes their imports too, and main.tsx's own
            // (app-mode, page URLs) would move into `ui`, so that main.tsx could not run, nor start
            // a first visit's local API, before `ui` and React had arrived.
            ...firstChunkGroups.groups.map((group) => ({ ...group, includeDependenciesRecursively: false })),
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    restoreMocks: true,
    globalSetup: ['app/testing/global-setup.ts'],
    // Node's own loader takes 2-4 s per test file for date-fns's hundreds of modules; pre-bundled, ~20 ms.
    deps: { optimizer: { client: { enabled: true, include: ['date-fns'] }, ssr: { enabled: true, include: ['date-fns'] } } },
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          // Rules, dates, CSV, contract: no DOM, no database, no mocked API.
          environment: 'node',
          include: ['app/**/*.test.ts', 'mocks/**/*.test.ts'],
          exclude: apiTests,
          setupFiles: ['app/testing/setup-pure.ts'],
          // These files keep no state between them: one worker loads their modules once.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          // The shared server: its PostgreSQL store (PGlite in memory), its host, its change feed.
          environment: 'node',
          include: ['server/**/*.test.ts'],
          // A new PGlite database takes seconds to create (initdb) on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'api-postgres',
          // The API contract tests again, answered from the PostgreSQL store (PGlite in memory).
          environment: 'node',
          include: ['mocks/handlers/**/*.test.ts'],
          setupFiles: ['server/testing/setup-contract.ts'],
          testTimeout: 30_000,
          // One PGlite for the whole project: creating one (initdb) takes seconds.
          hookTimeout: 120_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          // Handlers and components, against the mocked API over fake IndexedDB.
          environment: 'happy-dom',
          // An origin that cannot resolve: nothing the app asks for can reach a real server.
          environmentOptions: { happyDOM: { url: 'http://improvement-tracker.invalid' } },
          include: apiTests,
          setupFiles: ['app/testing/setup-api.ts'],
          // A component test is several findBy waits (up to 10 s each, set in the setup): on a busy
          // machine the whole can pass the default 5 s before any one wait has failed.
          testTimeout: 30_000,
          // One worker keeps the modules (MSW, the app, zod schemas) across files; the setup and
          // renderApp reset what tests change: the database, storage, handlers, query cache, stores.
          isolate: false,
        },
      },
    ],
  },
}))

// The boundaries of docs/architecture.md ("The arrows"), enforced on every import:
// static, side-effect (`import './x'`), re-export, type-only and dynamic `import()`.
// Test files obey the same arrows unless a rule below says otherwise.
// Run by `npm run lint:deps`, part of `npm test`.

/** vitest files beside the code, Playwright specs in e2e/. */
const TEST = '\\.(test|spec)\\.tsx?$'
/** Code that exists only to test: tests, the render helpers and the mocked API's test helpers, e2e/. */
const TEST_SUPPORT = [TEST, '^app/testing/', '^mocks/testing/', '^e2e/']
/** Where the UI is drawn: shared components, features' components, routes and the router. */
const VIEWS = ['^app/components/', '^app/features/[^/]+/components/', '^app/routes/', '^app/router\\.tsx$']

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere: a cycle makes load order matter and the modules one thing.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'app-to-mocks-only-to-start-or-test',
      comment:
        'app/ reaches mocks/ only from main.tsx (starting the local API) and app/testing/; app tests use app/testing/mocked-api.ts.',
      severity: 'error',
      from: { path: '^app/', pathNot: ['^app/main\\.tsx$', '^app/testing/'] },
      to: { path: '^mocks/' },
    },
    {
      name: 'main-starts-the-local-api-in-a-worker',
      comment: 'main.tsx reaches the local API only through its page side, which starts the worker: the API never loads on the main thread.',
      severity: 'error',
      from: { path: '^app/main\\.tsx$' },
      to: { path: '^mocks/', pathNot: '^mocks/local-api/page\\.ts$' },
    },
    {
      name: 'mocks-to-app-only-contract-and-domain',
      comment: 'The mocked API shares only the wire contract and the pure domain rules with the UI.',
      severity: 'error',
      from: { path: '^mocks/', pathNot: TEST },
      to: { path: '^app/', pathNot: ['^app/contract/', '^app/domain/'] },
    },
    {
      name: 'mocks-tests-to-app-only-contract-domain-testing',
      comment: 'A mocked-API test may also use the app test helpers, nothing else of app/.',
      severity: 'error',
      from: { path: ['^mocks/.*' + TEST] },
      to: { path: '^app/', pathNot: ['^app/contract/', '^app/domain/', '^app/testing/'] },
    },
    {
      name: 'nothing-ships-the-server',
      comment: 'server/ is the Node host of the shared server: the app and the mocked API never import it.',
      severity: 'error',
      from: { path: '^(app|mocks)/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-to-app-only-contract-and-domain',
      comment: 'The server shares the wire contract and the domain rules with the UI, and the API core (mocks/) with the browser; nothing else of app/.',
      severity: 'error',
      from: { path: '^server/', pathNot: TEST },
      to: { path: '^app/', pathNot: ['^app/contract/', '^app/domain/'] },
    },
    {
      name: 'contract-stands-alone',
      comment: 'app/contract/ is the wire contract: it depends on npm packages (zod, date-fns) and itself only.',
      severity: 'error',
      from: { path: '^app/contract/' },
      to: { path: '^(app|mocks|server|e2e|bench)/', pathNot: '^app/contract/' },
    },
    {
      name: 'domain-only-on-contract',
      comment: 'app/domain/ is the pure rules both the UI and the API apply: the contract and npm packages only.',
      severity: 'error',
      from: { path: '^app/domain/' },
      to: { path: '^(app|mocks|server|e2e|bench)/', pathNot: ['^app/domain/', '^app/contract/'] },
    },
    {
      name: 'contract-and-domain-pure',
      comment: 'The contract and the domain rules run in the UI and the API alike: no React, no state, no storage, no HTTP.',
      severity: 'error',
      from: { path: '^app/(contract|domain)/' },
      to: {
        path: '(^|/)node_modules/(react|react-dom|react-router|@tanstack|zustand|dexie|msw|@mswjs|govuk-frontend)/',
      },
    },
    {
      name: 'no-cross-feature',
      comment: 'Features do not import each other (by alias or by ../ path); routes compose them.',
      severity: 'error',
      from: { path: '^app/features/([^/]+)/' },
      to: { path: '^app/features/', pathNot: '^app/features/$1/' },
    },
    {
      name: 'features-not-routes',
      comment: 'Routes, the router and the providers compose features, not the reverse.',
      severity: 'error',
      from: { path: '^app/features/' },
      to: { path: ['^app/routes/', '^app/(router|provider|start-ui|main)\\.tsx$'] },
    },
    {
      name: 'components-not-features-or-routes',
      comment: 'Shared components know nothing of features or pages.',
      severity: 'error',
      from: { path: '^app/components/' },
      to: { path: ['^app/features/', '^app/routes/', '^app/router\\.tsx$'] },
    },
    {
      name: 'views-no-data-layer',
      comment:
        'Components and routes reach the API through feature hooks: never the client or Dexie, their tests included (mocks/: app-to-mocks-only-to-start-or-test; MSW: ui-no-storage-or-mock-server).',
      severity: 'error',
      from: { path: VIEWS },
      to: { path: ['^app/lib/api-client\\.ts$', '(^|/)node_modules/dexie/'] },
    },
    {
      name: 'api-client-only-from-api-and-lib',
      comment: 'Only feature api/ files (and app/lib) call the API client.',
      severity: 'error',
      from: { path: '^app/', pathNot: ['^app/features/[^/]+/api/', '^app/lib/'] },
      to: { path: '^app/lib/api-client\\.ts$' },
    },
    {
      name: 'ui-no-storage-or-mock-server',
      comment: 'The UI never touches IndexedDB or MSW itself; tests and app/testing may (to override a handler).',
      severity: 'error',
      from: { path: '^app/', pathNot: TEST_SUPPORT },
      to: { path: '(^|/)node_modules/(dexie|msw|@mswjs|fake-indexeddb)/' },
    },
    {
      name: 'test-helpers-only-in-tests',
      comment: 'app/testing/ and mocks/testing/ bring Testing Library and the node server: never into code that ships.',
      severity: 'error',
      from: { path: '^(app|mocks)/', pathNot: TEST_SUPPORT },
      to: { path: ['^app/testing/', '^mocks/testing/'] },
    },
    {
      name: 'e2e-only-contract',
      comment: 'Journeys drive the built app as a person would; they may share the wire contract, nothing else of app/.',
      severity: 'error',
      from: { path: '^e2e/' },
      to: { path: '^app/', pathNot: '^app/contract/' },
    },
    {
      name: 'e2e-not-mocks',
      comment: 'Journeys reach the mocked API through the page, never by importing it (they import nothing of mocks/ today).',
      severity: 'error',
      from: { path: '^e2e/' },
      to: { path: '^mocks/' },
    },
    {
      name: 'no-deep-relative-paths',
      comment:
        'No ../../../ paths: a relative import that leaves its grandparent folder should use @/ or ~mocks/. ($1 is the importer\'s grandparent folder.)',
      severity: 'error',
      from: { path: '^(.*/)[^/]+/[^/]+/[^/]+$' },
      to: { dependencyTypes: ['local'], pathNot: '^$1' },
    },
    {
      name: 'dev-packages-only-in-tests',
      comment: 'vitest, Testing Library, fake-indexeddb, Playwright: devDependencies, so never in code that ships.',
      severity: 'error',
      from: { path: '^(app|mocks)/', pathNot: TEST_SUPPORT },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'page-bridge-stays-light',
      comment:
        'The page side of the local API (page.ts, wire.ts) loads with the first page: it hands requests to the worker and never loads the API itself (msw, Dexie, zod, the handlers, the store).',
      severity: 'error',
      from: { path: '^mocks/local-api/(page|wire)\\.ts$' },
      // The database's name alone (database-name.ts) it may read: the page looks for the database on a first visit.
      to: {
        path: ['(^|/)node_modules/(msw|@mswjs|dexie|zod)/', '^mocks/(handlers|db|rules)/', '^mocks/local-api/(serve|worker|worker-globals)\\.ts$'],
        pathNot: '^mocks/db/database-name\\.ts$',
      },
    },
    {
      name: 'no-orphans',
      comment:
        'A module nothing imports is dead code (entry points, tests, configs, .d.ts aside). Counted by dependents, so a module that imports others but is imported by none is caught too.',
      severity: 'error',
      module: {
        path: '^(app|mocks)/',
        pathNot: [
          TEST,
          '\\.d\\.ts$',
          '\\.(scss|css|json)$',
          // Entry points: index.html loads main.tsx; vite.config.ts names the test setup.
          '^app/main\\.tsx$',
          // Named by vite.config.ts's test block, not imported.
          '^app/testing/(setup-api|setup-pure|global-setup)\\.ts$',
          // Started by mocks/local-api/page.ts as a worker (`new URL('./worker.ts', …)`), not imported.
          '^mocks/local-api/worker\\.ts$',
          // Started by backup-summary.ts as a worker, not imported.
          '^app/features/settings/backup-summary\\.worker\\.ts$',
          // Put in place of tough-cookie by vite.config.ts's alias, never imported by name.
          '^mocks/shims/tough-cookie\\.ts$',
        ],
        numberOfDependentsLessThan: 1,
      },
      from: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would hide from every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Know about npm packages (their names and kinds) without cruising inside them.
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API, so swc reads .ts/.tsx.
    parser: 'swc',
    // node_modules is a link to another checkout's: keep package paths as node_modules/<name>.
    preserveSymlinks: true,
    // Resolves tsconfig.json's paths: @/* → app/*, ~mocks/* → mocks/*.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.jsx', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'module', 'browser', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
}

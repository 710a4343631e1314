import { appMode } from './lib/app-mode'
import { localApiStarting } from './lib/local-api-start'
import './styles/app.scss'

// index.html already shows the shell (rendered at build time). Opened as a static site, the local
// API and the UI load side by side as separate chunks, and the UI's first requests wait for the API
// to start. Served by the shared server, the page talks to it: the local API is never loaded.
const ui = import('./start-ui')
// With sign-in, the first requests wait instead for who is signed in.
const mode = appMode()
const localApi =
  mode === 'local'
    ? import('~mocks/browser').then(({ startMockedApi }) =>
        startMockedApi({ onNewerVersionElsewhere: () => void ui.then((module) => module.noticeNewerVersionElsewhere()) }),
      )
    : mode === 'server-sign-in'
      ? import('./lib/session').then(({ startSession }) => startSession())
      : Promise.resolve()
localApiStarting(localApi)
void ui.then((module) => module.renderApp(document.getElementById('root')!, localApi))

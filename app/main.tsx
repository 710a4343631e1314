import { appMode } from './lib/app-mode'
import { localApiStarting } from './lib/local-api-start'
import { nextTask } from './lib/next-task'
import { appBasePath, pageUrls } from './lib/page-urls'
import { browserHoldsNoData, startLocalApi } from '~mocks/local-api/page'
import './styles/app.scss'

// index.html already shows the shell (rendered at build time). Opened as a static site, the local
// API and the UI load side by side as separate chunks, and the UI's first requests wait for the API
// to start; the API itself runs in a worker (mocks/local-api), off this thread. Served by the shared
// server, the page talks to it: no worker is started.
// The local API's worker starts first, so that its script downloads beside the UI's.
// With sign-in, the first requests wait instead for who is signed in.
const mode = appMode()
const localApi =
  mode === 'local'
    ? startLocalApi({
        onNewerVersionElsewhere: () => void ui.then((module) => module.noticeNewerVersionElsewhere()),
        onStopped: () => void ui.then((module) => module.noticeLocalApiStopped()),
      })
    : mode === 'server-sign-in'
      ? import('./lib/session').then(({ startSession }) => startSession())
      : Promise.resolve()
// The UI starts in three short tasks rather than one long one: React and the router's code runs
// first, then the app's own modules, then the app starts (index.html preloads all of them, so
// the waits cost no round trip).
const ui = import('react-dom/client')
  .then(nextTask)
  .then(() => import('./start-ui'))
  .then(async (module) => {
    await nextTask()
    return module
  })
// A first visit (the browser holds no data at all) can only lead to the welcome page: the router
// starts there rather than first asking the worker, which must still download and open the store,
// and the welcome page's code loads beside the UI's rather than after the home page's.
const firstVisit = mode === 'local' ? browserHoldsNoData() : Promise.resolve(false)
void firstVisit.then((empty) => {
  if (!empty) return
  const welcome = `${appBasePath}${pageUrls.welcome}`
  if (location.pathname !== welcome) history.replaceState(history.state, '', welcome)
  void import('./routes/welcome')
})
localApiStarting(localApi)
void Promise.all([ui, firstVisit]).then(([module]) => module.renderApp(document.getElementById('root')!, localApi))

import { localApiStarting } from './lib/local-api-start'
import './styles/app.scss'

// index.html already shows the shell (rendered at build time). The local API and the UI load
// side by side as separate chunks; the UI's first requests wait for the API to start.
const ui = import('./start-ui')
const localApi = import('~mocks/browser').then(({ startMockedApi }) =>
  startMockedApi({ onNewerVersionElsewhere: () => void ui.then((module) => module.noticeNewerVersionElsewhere()) }),
)
localApiStarting(localApi)
void ui.then((module) => module.renderApp(document.getElementById('root')!, localApi))

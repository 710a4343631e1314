import { summariseBackupText, type BackupSummary } from './backup-summary'

/** The scope, typed by what is used: the project's types are the page's (DOM), not the worker's. */
interface WorkerScope {
  addEventListener: (type: 'message', listener: (event: MessageEvent<File>) => void) => void
  postMessage: (summary: BackupSummary) => void
}

const scope = globalThis as unknown as WorkerScope

// Started by summariseBackup for one file: it reads and parses the file here, off the page's thread.
scope.addEventListener('message', (event) => {
  void event.data.text().then((text) => scope.postMessage(summariseBackupText(text)))
})

import { API_MODE_META } from '@/contract/modes'
import { DATABASE_NAME } from '../db/database-name'
import { API_WORKER_NAME } from './wire'

// Loaded by the build (vite.config.ts writes its script into index.html) as well as by the page: nothing heavy.

/** Where index.html's first script leaves the local API's shared worker it started, for page.ts to take. */
export const EARLY_WORKER_KEY = '__improvementTrackerLocalApi'

/** The shared worker index.html started, and whether its script has already failed to load or run. */
export interface EarlyWorker {
  worker: SharedWorker
  failed: boolean
}

/**
 * The script the build puts at the top of index.html's head (vite.config.ts): for a returning
 * visitor (the browser holds the local API's database) it starts the API's shared worker while the
 * page is still parsing, before the style sheet and the UI's chunks, whose arrival the page's own
 * modules must wait for. The worker takes longer to start than the UI (its own process, then Dexie,
 * msw and the contract's schemas), and the first page's data waits for it. A first visit needs no
 * data yet (main.tsx heads for the welcome page), so there the worker starts with the UI instead of
 * competing with the page's first paint. The port is left unstarted, so nothing the worker says is
 * lost before page.ts listens; once page.ts has started its own (it took none in time) this script
 * starts nothing. Nothing happens where there is no SharedWorker (page.ts starts a dedicated worker)
 * or where the shared server serves the page (its meta tag comes before this script).
 */
export function earlyStartScript(workerUrl: string): string {
  const key = JSON.stringify(EARLY_WORKER_KEY)
  const server = JSON.stringify(`meta[name="${API_MODE_META}"][content="server"]`)
  return (
    `(function(){try{if(typeof SharedWorker!=='function'||document.querySelector(${server}))return;` +
    `var start=function(){if(window[${key}]===null)return;` +
    `var w=new SharedWorker(${JSON.stringify(workerUrl)},{type:'module',name:${JSON.stringify(API_WORKER_NAME)}}),e={worker:w,failed:false};` +
    `w.addEventListener('error',function(){e.failed=true});window[${key}]=e};` +
    `if(!window.indexedDB||typeof indexedDB.databases!=='function'){start();return}` +
    `indexedDB.databases().then(function(l){for(var i=0;i<l.length;i++)if(l[i].name===${JSON.stringify(DATABASE_NAME)}){start();return}},start)` +
    `}catch(x){}})()`
  )
}

/** The shared worker index.html started, once; from then on the script starts none (page.ts has its own). */
export function takeEarlyWorker(): EarlyWorker | undefined {
  const scope = globalThis as unknown as Record<string, EarlyWorker | null | undefined>
  const early = scope[EARLY_WORKER_KEY]
  scope[EARLY_WORKER_KEY] = null
  return early ?? undefined
}

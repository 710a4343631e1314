// Pure tests run without the mocked API, so nothing would catch a request: make one fail here.
globalThis.fetch = (input) =>
  Promise.reject(new Error(`Pure tests make no requests (asked for ${String(input)}): list this file under the "api" project in vite.config.ts.`))

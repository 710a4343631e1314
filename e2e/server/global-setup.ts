import { SERVER_PORT } from '../../playwright.server.config'

/** Sets the shared server up with the Northshire demo, once for the whole run. */
export default async function setUpDemo(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${SERVER_PORT}/api/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ start: 'demo' }),
  })
  if (response.status !== 201) throw new Error(`Setting up the demo on the shared server answered ${response.status}: ${await response.text()}`)
}

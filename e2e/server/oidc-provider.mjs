// The test OpenID provider as a command, for Playwright's webServer: prints its issuer and runs
// until SIGINT or SIGTERM. Any email address signs in; --account names a person.
//
//   node e2e/server/oidc-provider.mjs --port 4390 --client-id improvement-tracker \
//     --client-secret e2e-secret --app-url http://127.0.0.1:4380 \
//     [--redirect-uri URL]... [--post-logout-redirect-uri URL]... \
//     [--account "chair@northshire.example=Ann Chair"]...
//
// Each flag may come from the environment instead: PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET,
// APP_URL, OIDC_REDIRECT_URI, OIDC_POST_LOGOUT_REDIRECT_URI (comma-separated). The redirect URI
// defaults to APP_URL/auth/callback, the post-logout one to APP_URL/.
import { parseArgs } from 'node:util'
import { startTestProvider } from '../../server/testing/oidc-provider.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'app-url': { type: 'string' },
    'redirect-uri': { type: 'string', multiple: true },
    'post-logout-redirect-uri': { type: 'string', multiple: true },
    account: { type: 'string', multiple: true },
  },
})
const env = process.env

function fail(message) {
  console.error(`oidc-provider.mjs: ${message}`)
  process.exit(2)
}

const appUrl = (values['app-url'] ?? env.APP_URL)?.replace(/\/+$/, '')
const clientId = values['client-id'] ?? env.OIDC_CLIENT_ID ?? fail('give --client-id or OIDC_CLIENT_ID')
const clientSecret = values['client-secret'] ?? env.OIDC_CLIENT_SECRET ?? fail('give --client-secret or OIDC_CLIENT_SECRET')
const fromApp = (path) => (appUrl ? [`${appUrl}${path}`] : fail('give --app-url or APP_URL, or the redirect URIs themselves'))
const redirectUris = values['redirect-uri'] ?? env.OIDC_REDIRECT_URI?.split(',') ?? fromApp('/auth/callback')
const postLogoutRedirectUris = values['post-logout-redirect-uri'] ?? env.OIDC_POST_LOGOUT_REDIRECT_URI?.split(',') ?? fromApp('/')
const port = Number(values.port ?? env.PORT ?? 0)
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`not a port: ${values.port ?? env.PORT}`)

const accounts = {}
for (const account of values.account ?? []) {
  const [email, name] = account.split('=')
  if (!email || !name) fail(`--account is "email=Name", not "${account}"`)
  accounts[email] = { name }
}

const provider = await startTestProvider({
  port,
  clients: [{ clientId, clientSecret, redirectUris, postLogoutRedirectUris }],
  accounts,
})
console.log(provider.issuer)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void provider.stop().then(() => process.exit(0)))
}

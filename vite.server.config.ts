import { defineConfig } from 'vite'
import { projectAliases } from './vite.config'

/**
 * `npm run build:server`: server/main.ts bundled for Node into dist-server/main.js, with the code
 * it shares with the app (the contract, the domain rules, the API core) compiled in; npm packages
 * stay external and load from node_modules, as an SSR build leaves them. Loaded with
 * `--configLoader runner`, which reads the import of vite.config.ts by its TypeScript name.
 */
export default defineConfig({
  resolve: { alias: projectAliases },
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
  },
})

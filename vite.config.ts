/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig } from 'vite'

const govukAssets = fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets/', import.meta.url))
const appDir = fileURLToPath(new URL('./app/', import.meta.url))
const mocksDir = fileURLToPath(new URL('./mocks/', import.meta.url))

export default defineConfig({
  plugins: [react(), msw({ mode: 'worker-only' })],
  resolve: {
    alias: [
      { find: /^@govuk-assets\//, replacement: govukAssets },
      { find: /^@\//, replacement: appDir },
      { find: /^~mocks\//, replacement: mocksDir },
    ],
  },
  css: {
    // govuk-frontend keeps old-IE `@media screen\0` hacks; recover from them rather than fail.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'happy-dom',
    include: ['app/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}'],
    setupFiles: ['app/testing/setup-tests.ts'],
    restoreMocks: true,
  },
})

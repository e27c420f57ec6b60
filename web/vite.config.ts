/** Vite builds the web app into web/dist; `sitrep serve` serves that folder beside the API. */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/openapi.json': 'http://127.0.0.1:8787' } },
})

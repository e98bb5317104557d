import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend (Quarkus) serves /api and /q on 8080 in dev; the SPA calls the same origin.
const backend = process.env.PARETO_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The manifest lets scripts/check-budget.mjs find the entry chunk and its static imports.
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // antd screens render slowly in jsdom on a busy CI box; the default 5 s flakes there.
    testTimeout: 30_000,
  },
});

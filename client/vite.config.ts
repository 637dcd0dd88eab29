// Vite config of the explorer: root is client/, output client/dist/ (served by the app at `/`).
// In development `vite` proxies /graphql to a running `npm start` (ATLAS_API, default :4000).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': process.env['ATLAS_API'] ?? 'http://127.0.0.1:4000' },
  },
});

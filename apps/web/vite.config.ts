import react from '@vitejs/plugin-react';
import { defineConfig, type Rolldown } from 'vite';

/** The API server `npm run dev` starts; the dev server forwards API and health calls to it. */
const API_SERVER = 'http://127.0.0.1:3000';

type ModuleInfoGetter = Rolldown.ChunkingContext['getModuleInfo'];

/** Per chunking pass: whether a module is loaded by the application shell through static imports only. */
const reachabilityByPass = new WeakMap<Rolldown.ChunkingContext, Map<string, boolean>>();

function loadedByShell(id: string, getModuleInfo: ModuleInfoGetter, known: Map<string, boolean>): boolean {
  const visit = (moduleId: string): boolean => {
    const cached = known.get(moduleId);
    if (cached !== undefined) return cached;
    known.set(moduleId, false); // an import cycle adds nothing new
    const info = getModuleInfo(moduleId);
    const reachable = !!info && (info.isEntry || info.importers.some(visit));
    known.set(moduleId, reachable);
    return reachable;
  };
  return visit(id);
}

/**
 * Libraries the shell needs on every page (React, the router, TanStack Query and the antd parts of the frame)
 * form one long-cached vendor chunk. Library code only lazy pages use (antd's table, cascader and upload, zod
 * via the contracts' schemas, echarts) stays with those pages' chunks, so the first load stays small.
 * That is why files under src/app/ import antd per component ('antd/es/button'): an import of the 'antd'
 * index from the shell would count every antd component as loaded by the shell.
 */
function vendorChunk(id: string, context: Rolldown.ChunkingContext): string | null {
  if (!id.includes('/node_modules/')) return null;
  let known = reachabilityByPass.get(context);
  if (!known) reachabilityByPass.set(context, (known = new Map()));
  return loadedByShell(id, (moduleId) => context.getModuleInfo(moduleId), known) ? 'vendor' : null;
}

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': API_SERVER, '/healthz': API_SERVER, '/readyz': API_SERVER },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React, the router and the antd frame come to ~860 kB minified (~275 kB gzip) in one cached chunk.
    chunkSizeWarningLimit: 1000,
    // Rolldown's successor of Rollup's manualChunks.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: vendorChunk }] } } },
  },
});

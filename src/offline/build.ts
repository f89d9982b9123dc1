import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { cacheName, type PrecacheEntry } from './manifest';
import type { WorkerSettings } from './worker/settings';

/**
 * The service worker as the browser loads it: worker/sw.ts compiled to one plain script, with this
 * deployment's settings written in as a literal. esbuild reads the settings as JSON, so a file
 * name can only ever be data in the worker, never code.
 */
export async function serviceWorkerSource(manifest: PrecacheEntry[], base: string): Promise<string> {
  const settings: WorkerSettings = { base, cache: cacheName(manifest), files: manifest.map((e) => [e.url, e.revision]) };
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./worker/sw.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
    define: { __OFFLINE__: JSON.stringify(settings) },
    banner: { js: '// Built from src/offline/worker/sw.ts by the build; do not edit.' },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no service worker');
  return file.text;
}

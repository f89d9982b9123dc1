/**
 * Serves the built site on localhost under its base path, as a static host would.
 *   tsx scripts/serve.ts [--build-if-missing] [--port 4321] [--dir dist] [--base /cpd/] [--files-only]
 * --files-only serves files by their exact names, with no `folder/` → `folder/index.html` step and
 * no 404 page, as an LMS serves a package (the tests serve SCORM packages so).
 * No dependencies: a training venue's laptop needs only Node.
 */
import { createServer } from 'node:http';
import { existsSync, statSync, createReadStream, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { siteConfig } from '../src/site.config';
import { resolveBase } from '../src/urls/base';
import { readHeadersFile } from '../src/security/csp';
import { readArgs } from './lib/args';

const { values: args } = readArgs(
  {
    dir: { type: 'string' },
    base: { type: 'string' },
    port: { type: 'string' },
    'files-only': { type: 'boolean' },
    'build-if-missing': { type: 'boolean' },
  },
  'Usage: tsx scripts/serve.ts [--build-if-missing] [--port 4321] [--dir dist] [--base /cpd/] [--files-only]',
);
const root = resolve(args.dir ?? process.env.CB_OUT_DIR ?? 'dist');
const base = resolveBase(args.base ?? process.env.CB_BASE ?? siteConfig.base);
const port = Number(args.port ?? process.env.PORT ?? 4321);

const filesOnly = args['files-only'] ?? false;

if (!filesOnly && !existsSync(join(root, 'index.html'))) {
  if (!args['build-if-missing']) {
    console.error(`No built site in ${root}. Run \`npm run build\` first, or \`npm start\` to build and serve.`);
    process.exit(1);
  }
  console.log('No built site yet: building it first (this takes a minute)…');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const full = normalize(join(root, rel));
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (filesOnly) return undefined;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

// The build's `_headers` file (Content-Security-Policy and friends), sent as a static host would.
const headersPath = join(root, '_headers');
const siteHeaders = Object.fromEntries(
  Object.entries(existsSync(headersPath) ? readHeadersFile(readFileSync(headersPath, 'utf8')) : {}).map(([k, v]) => [
    k.toLowerCase(),
    v,
  ]),
);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A directory asked for without its slash gets one, as static hosts do, so relative links resolve.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (url.pathname === '/' && base !== '/') {
    res.writeHead(302, { location: base }).end();
    return;
  }
  const file = fileFor(url.pathname);
  if (!file && filesOnly) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  res.writeHead(status, {
    'x-content-type-options': 'nosniff',
    ...siteHeaders,
    'content-type': types[extname(body)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(body).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Crossing Boundaries is being served at http://localhost:${port}${base}  (Ctrl+C to stop)`);
});

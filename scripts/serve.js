// `npm start` serves the demo pages (demo/) and the CDN build (dist/cdn/) on 127.0.0.1, under the
// strict Content-Security-Policy the library promises to work with.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Maps a URL path to a file under demo/ or dist/, refusing anything outside them. */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.startsWith('/dist/') || path.startsWith('/data/') ? [join(root, path)] : [join(root, 'demo', path)];
  for (let file of candidates) {
    if (!file.startsWith(join(root, 'demo')) && !file.startsWith(join(root, 'dist')) && !file.startsWith(join(root, 'data'))) continue;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function startServer(listenPort = port) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(url.pathname);
    response.setHeader('Content-Security-Policy', STRICT_CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveListening) => server.listen(listenPort, host, () => resolveListening(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(root, 'dist/cdn/mlops-elements.js'))) {
    console.error('dist/cdn/ is missing: run `npm run build` first (npm start does).');
    process.exit(1);
  }
  const server = await startServer();
  const { port: actual } = server.address();
  console.log(`mlops-elements demo: http://${host}:${actual}/  (blog post, meetup page, docs page; Ctrl+C stops)`);
}

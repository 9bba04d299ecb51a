// `npm start` serves the demo pages (demo/) and the CDN build (dist/cdn/) on 127.0.0.1, under the
// strict Content-Security-Policy the library promises to work with. It also serves each demo page
// prerendered by mlops-elements/render (dist/render/): /static/<page>.html as declarative shadow DOM,
// /plain/<page>.html in plain mode, and the blog post as an RSS 2.0 feed at /feed.xml.
// Responses are compressed as a real host would (brotli or gzip, as the browser accepts).
// /feedback is the feedback receiver (mlops-elements/receiver, PGlite in memory unless FEEDBACK_DATA
// names a folder), started on first use: the docs page's votes and results go through it.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { germanStrings } from '../demo/strings-de.js';
import { rssFeed } from './feed.js';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const renderer = join(root, 'dist/render/index.js');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/rss+xml; charset=utf-8',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The prerendered variants: URL prefix → render mode. */
const variants = { static: 'dsd', plain: 'plain' };

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

async function loadRenderer() {
  if (!existsSync(renderer)) throw new Error('dist/render/ is missing: run `npm run build` first.');
  return import(renderer);
}

/** The translations the demo pages register in the browser (docs-de.js), by language. */
const demoTranslations = { de: germanStrings };

/**
 * The render options for a demo page. In plain mode a page's `<mlops-profile src="/data/…">` dataset
 * is read here, as a static-site build passes it (`--profile`): plain HTML has no script to fetch it.
 * A page in a language the demo has a translation for gets it (`strings`), as the page registers it.
 */
export async function renderOptionsFor(html, mode) {
  const src = /<mlops-profile\b[^>]*\ssrc="(\/data\/[\w/.-]+\.json)"/.exec(html)?.[1];
  const file = mode === 'plain' && src ? fileFor(src) : undefined;
  const lang = /<html\b[^>]*\slang="([\w-]+)"/i.exec(html)?.[1].toLowerCase().split('-')[0];
  const translation = lang && Object.hasOwn(demoTranslations, lang) ? { strings: { [lang]: demoTranslations[lang] } } : {};
  return { mode, ...(file ? { profile: JSON.parse(await readFile(file, 'utf8')) } : {}), ...translation };
}

/** Rendered pages by mode and file, kept while the file is unchanged. */
const rendered = new Map();

/** A demo page rendered in `mode` (`dsd` or `plain`): `{ html, problems, elements }`, as `renderDocument` gives it. */
export async function renderPage(file, mode) {
  const key = `${mode} ${file}`;
  const modified = statSync(file).mtimeMs;
  const cached = rendered.get(key);
  if (cached?.modified === modified) return cached.result;
  const { renderDocument } = await loadRenderer();
  // A prerendered element has its box already: the undefined-state stylesheet (and its request) is left out.
  const html = (await readFile(file, 'utf8')).replace(/[ \t]*<!--[^>]*-->\s*(?=<link [^>]*mlops-elements\.css)|[ \t]*<link [^>]*\/mlops-elements\.css"[^>]*>\n?/g, '');
  const result = await renderDocument(html, await renderOptionsFor(html, mode));
  for (const problem of result.problems) console.warn(`${basename(file)}:${problem.line}:${problem.col} ${problem.message}`);
  rendered.set(key, { modified, result });
  return result;
}

/**
 * The page's policy: the strict one, plus a hash for each inline `<style>` (declarative shadow roots
 * carry their element's styles in one), so that no `'unsafe-inline'` is needed.
 */
export function cspFor(html) {
  const hashes = new Set();
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return hashes.size ? `${STRICT_CSP} ${[...hashes].join(' ')}` : STRICT_CSP;
}

const compressors = {
  br: (body) => promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** The encoding to answer with: brotli, then gzip, when the request accepts it (q > 0). */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  return ['br', 'gzip'].find((name) => (accepted.get(name) ?? wildcard) > 0);
}

/** Compressed bodies by encoding and content, so that each file is compressed once (as a host precompresses). */
const compressed = new Map();

async function send(request, response, status, type, body) {
  const encoding = /^(text|application)\/|\+xml|svg/.test(type) && body.length > 256 ? chooseEncoding(request.headers['accept-encoding']) : undefined;
  let payload = Buffer.from(body);
  if (encoding) {
    const key = `${encoding} ${createHash('sha1').update(payload).digest('hex')}`;
    if (!compressed.has(key)) compressed.set(key, await compressors[encoding](payload));
    payload = compressed.get(key);
  }
  response.writeHead(status, {
    'content-type': type,
    'content-length': payload.length,
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : payload);
}

let receiver;
/** The receiver's Node listener for requests to `origin`, made on first use (a new PGlite database takes a few seconds). */
async function feedbackListener(origin) {
  receiver ??= import(join(root, 'dist/receiver/index.js')).then(async ({ createFeedbackReceiver, nodeListener }) => {
    const { handler } = await createFeedbackReceiver({ dataDir: process.env.FEEDBACK_DATA || undefined });
    return (site) => nodeListener(handler, () => site);
  });
  return (await receiver)(origin);
}

/**
 * Answers one request. `policies` are further Content-Security-Policy headers, each enforced beside the
 * page's own (a browser applies every policy it is sent): scripts/trusted-types-check.js adds Trusted Types.
 */
async function answer(request, response, siteUrl, policies) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (/^\/feedback(\/|$)/.test(url.pathname)) return (await feedbackListener(new URL(siteUrl).origin))(request, response);
  response.setHeader('Content-Security-Policy', [STRICT_CSP, ...policies]);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // The demo has no icon: "none" rather than a 404, which browsers log as a console error.
  if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
  if (url.pathname === '/feed.xml') {
    const file = join(root, 'demo/blog.html');
    const { renderHtml } = await loadRenderer();
    const feed = await rssFeed({ html: await readFile(file, 'utf8'), render: renderHtml, siteUrl, postPath: 'blog.html', published: statSync(file).mtime });
    return send(request, response, 200, types['.xml'], feed);
  }
  // /static/… and /plain/…: a demo page rendered, and the demo's own files (styles, scripts) beside it.
  const [, prefix, rest] = /^\/(static|plain)(\/.*)?$/.exec(url.pathname) ?? [];
  if (prefix && !rest) {
    response.writeHead(301, { location: `/${prefix}/` });
    return response.end();
  }
  const file = fileFor(prefix ? rest : url.pathname);
  if (!file) return send(request, response, 404, 'text/plain; charset=utf-8', 'Not found');
  if (prefix && extname(file) === '.html' && file === join(root, 'demo', basename(file))) {
    const { html } = await renderPage(file, variants[prefix]);
    response.setHeader('Content-Security-Policy', [cspFor(html), ...policies]);
    return send(request, response, 200, types['.html'], html);
  }
  return send(request, response, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
}

export function startServer(listenPort = port, { policies = [] } = {}) {
  const server = createServer((request, response) => {
    const { port: actual } = server.address();
    answer(request, response, `http://${host}:${actual}/`, policies).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error.message));
    });
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
  const base = `http://${host}:${actual}`;
  console.log(`mlops-elements demo: ${base}/  (blog post, meetup page, docs page; Ctrl+C stops)`);
  console.log(`  prerendered: ${base}/static/ (declarative shadow DOM), ${base}/plain/ (plain HTML), feed: ${base}/feed.xml`);
  console.log(
    `  feedback receiver: ${base}/feedback (summary: ${base}/feedback/summary?page=…; ${process.env.FEEDBACK_DATA ? `PGlite in ${process.env.FEEDBACK_DATA}` : 'PGlite in memory'})`,
  );
  void feedbackListener(base);
}

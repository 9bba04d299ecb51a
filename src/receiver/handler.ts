/**
 * The feedback receiver as a standard fetch handler, `(Request) => Promise<Response>`: it runs on
 * Node (see ./node.ts), Deno, Bun, Cloudflare Workers and Netlify/Vercel functions alike.
 *
 *  - `POST /feedback`: the JSON payload of <mlops-feedback>, or the static renderer's form post
 *    (answered with a 303 to a thank-you page). 200 stored; 202 dropped as spam (honeypot filled,
 *    or answered faster than `minDwellMs`); 400 invalid (with each field's path); 403 origin not
 *    allowed; 413 body too large; 415 another content type; 429 too many from one client; 503 the
 *    database failed (the element retries).
 *  - `GET /feedback/summary?page=URL`: the page's tally (cacheable, with an ETag).
 *  - `GET /feedback/export.csv`: every vote, for `Authorization: Bearer <exportToken>`.
 */
import { votesToCsv } from './csv.js';
import { describeIssues, feedbackPayloadSchema, pageKey, payloadFromForm, type ValidVote } from './payload.js';
import { RateLimiter } from './rate-limit.js';
import type { FeedbackStore } from './store.js';

export interface ReceiverOptions {
  store: FeedbackStore;
  /** Origins (`https://docs.example.org`) whose pages may send votes and read summaries. The receiver's own origin always may. */
  allowOrigins?: readonly string[];
  /** The bearer token of `GET /feedback/export.csv`; without one the export is off. */
  exportToken?: string;
  /** Largest request body in bytes. Default 16384. */
  maxBodyBytes?: number;
  /** Votes whose `client.dwellMs` is below this are dropped as spam. Default 3000 (the element's default dwell). */
  minDwellMs?: number;
  /** Votes per client per minute; 0 turns the limit off. Default 30. */
  rateLimit?: number;
  /** Take the client's address from the first `X-Forwarded-For` entry (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** Where the routes live. Default `/feedback`. */
  basePath?: string;
  /** Where failures are reported. Default `console.error`. */
  log?: (message: string) => void;
}

/** What the host knows about the request beyond the Request itself. */
export interface RequestContext {
  /** The client's IP address; used only for the hashed rate-limit key, never stored. */
  clientAddress?: string;
}

export type FeedbackHandler = (request: Request, context?: RequestContext) => Promise<Response>;

const JSON_TYPE = 'application/json; charset=utf-8';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The body as text, refusing more than `limit` bytes (declared or streamed). */
async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = () => new HttpError(413, 'too-large', `The body is over ${limit} bytes.`);
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The small page a no-JavaScript reader lands on after the form post. */
function htmlPage(title: string, body: string, back?: string): string {
  const link = back ? `<p><a href="${escapeHtml(back)}">Back to the page</a></p>` : '';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${link}</main></html>`;
}

async function sameText(a: string, b: string): Promise<boolean> {
  // Compared as digests, so the time taken says nothing about how much of the token matched.
  const digest = async (text: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let difference = 0;
  for (let index = 0; index < x.length; index++) difference |= x[index] ^ y[index];
  return difference === 0;
}

export function createFeedbackHandler(options: ReceiverOptions): FeedbackHandler {
  const { store, exportToken, maxBodyBytes = 16384, minDwellMs = 3000, rateLimit = 30, trustProxy = false, basePath = '/feedback', log = console.error } = options;
  const allowed = new Set((options.allowOrigins ?? []).map((origin) => new URL(origin).origin));
  const limiter = rateLimit > 0 ? new RateLimiter(rateLimit) : undefined;

  /** The CORS headers for the request's origin; throws 403 for an origin that is not allowed. */
  function corsHeaders(request: Request, url: URL): Record<string, string> {
    const origin = request.headers.get('origin');
    if (origin === null || origin === url.origin) return {};
    if (!allowed.has(origin)) throw new HttpError(403, 'origin-not-allowed', `Origin ${origin} may not send feedback here.`);
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  }

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers } });

  async function receive(request: Request, url: URL, cors: Record<string, string>, context: RequestContext): Promise<Response> {
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const isForm = type === 'application/x-www-form-urlencoded';
    if (type !== 'application/json' && !isForm) throw new HttpError(415, 'unsupported-type', 'Send application/json or a form post.');
    if (limiter) {
      const address = (trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0].trim() : undefined) || context.clientAddress || 'unknown';
      const wait = await limiter.take(address);
      if (wait) throw new HttpError(429, 'rate-limited', 'Too many votes from this client; try again later.', { retryAfter: wait });
    }
    const text = await readBody(request, maxBodyBytes);
    let body: unknown;
    if (isForm) body = payloadFromForm(new URLSearchParams(text), request.headers.get('referer'), () => crypto.randomUUID(), new Date());
    else {
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'invalid-json', 'The body is not JSON.');
      }
    }
    const result = feedbackPayloadSchema.safeParse(body);
    if (!result.success) {
      const issues = describeIssues(result.error);
      if (isForm) return formAnswer(400, 'Your answer was not recorded', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
      return json(400, { error: 'invalid', message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues }, cors);
    }
    const vote: ValidVote = { ...result.data, page: pageKey(result.data.page) ?? result.data.page };
    const spam = vote.client && (vote.client.honeypot !== '' || (vote.client.dwellMs !== undefined && vote.client.dwellMs < minDwellMs));
    if (!spam) {
      try {
        await store.save(vote);
      } catch (error) {
        log(`mlops-elements feedback receiver: could not store vote ${vote.id}: ${(error as Error).message}`);
        throw new HttpError(503, 'storage-failed', 'The vote could not be stored; try again.');
      }
    }
    if (isForm) {
      const thanks = new URL(`${basePath}/thanks`, url);
      thanks.searchParams.set('page', vote.page);
      return new Response(null, { status: 303, headers: { location: thanks.href, 'cache-control': 'no-store' } });
    }
    return json(spam ? 202 : 200, { ok: true, id: vote.id }, cors);
  }

  function formAnswer(status: number, title: string, message: string, back?: string): Response {
    return new Response(htmlPage(title, message, back), {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'" },
    });
  }

  async function summary(request: Request, url: URL, cors: Record<string, string>): Promise<Response> {
    const page = pageKey(url.searchParams.get('page') ?? '');
    if (!page) throw new HttpError(400, 'invalid', 'page: give the page as an http(s) URL, e.g. ?page=https://example.org/docs/');
    const body = JSON.stringify(await store.summary(page));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
    const etag = `"${Array.from(digest.subarray(0, 12), (byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
    // Shared caches may keep a tally a minute; a reader who just voted revalidates (If-None-Match).
    const headers = { 'content-type': JSON_TYPE, 'cache-control': 'public, max-age=60, stale-while-revalidate=300', etag, ...cors };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers });
  }

  async function exportCsv(request: Request): Promise<Response> {
    if (!exportToken) throw new HttpError(404, 'export-off', 'The export is off: start the receiver with an export token.');
    const given = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
    if (!(await sameText(given, exportToken))) {
      return json(401, { error: 'unauthorized', message: 'Send Authorization: Bearer <token>.' }, { 'www-authenticate': 'Bearer' });
    }
    return new Response(votesToCsv(await store.all()), {
      headers: { 'content-type': 'text/csv; charset=utf-8; header=present', 'content-disposition': 'attachment; filename="feedback.csv"', 'cache-control': 'no-store' },
    });
  }

  function thanksPage(url: URL): Response {
    const page = pageKey(url.searchParams.get('page') ?? '');
    const back = page && (allowed.has(new URL(page).origin) || new URL(page).origin === url.origin) ? page : undefined;
    return formAnswer(200, 'Thanks for your feedback!', 'Your answer was recorded.', back);
  }

  return async (request, context = {}) => {
    const url = new URL(request.url);
    const route = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : undefined;
    // Refusals carry the CORS headers too: without them a browser hides the status, and the element would retry a 400 as a network failure.
    let cors: Record<string, string> = {};
    try {
      const methods: Record<string, string> = { '/': 'POST', '/summary': 'GET', '/export.csv': 'GET', '/thanks': 'GET' };
      if (route === undefined || !Object.hasOwn(methods, route)) throw new HttpError(404, 'not-found', 'Not found.');
      if (route === '/' || route === '/summary') cors = corsHeaders(request, url);
      if (request.method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: { ...cors, 'access-control-allow-methods': methods[route], 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' },
        });
      }
      if (request.method !== methods[route]) throw new HttpError(405, 'method-not-allowed', `Use ${methods[route]}.`, { allow: methods[route] });
      if (route === '/') return await receive(request, url, cors, context);
      if (route === '/summary') return await summary(request, url, cors);
      if (route === '/export.csv') return await exportCsv(request);
      return thanksPage(url);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        log(`mlops-elements feedback receiver: ${(error as Error).stack ?? String(error)}`);
        return json(500, { error: 'internal', message: 'Something went wrong.' }, cors);
      }
      const headers: Record<string, string> = { ...cors };
      if (typeof error.extra.retryAfter === 'number') headers['retry-after'] = String(error.extra.retryAfter);
      if (typeof error.extra.allow === 'string') headers.allow = error.extra.allow;
      return json(error.status, { error: error.code, message: error.message }, headers);
    }
  };
}

// `npm run test:receiver`: the feedback receiver under load and faults, as the CLI runs it
// (`mlops-elements feedback-server` on 127.0.0.1, a free port, PGlite in a temporary data folder;
// with `--postgres`, a throwaway PostgreSQL server of Debian's `postgresql` package via DATABASE_URL).
//  1. 2,000 votes from 50 concurrent clients over four pages; 20 % of them are retries or changed
//     answers of the client's earlier ids. Midway the server is killed (SIGKILL) and started again on
//     the same store; the clients keep every unanswered vote and retry it until it gets a 2xx.
//     Then: every vote that got a 2xx is stored with its last answer (0 lost), one row per id
//     (0 double), and each page's summary equals the tally computed here.
//  2. Hostile payloads (the reliability suite's strings in every field, wrong types, SQL
//     metacharacters, an oversized body) → each a 4xx, nothing stored, the server still answering.
//  3. A reader without JavaScript: the static renderer's plain feedback form, served from another
//     origin and answered in Chromium with JavaScript off, lands on the thank-you page and is stored;
//     its honeypot is never shown, and the same form with the honeypot filled is dropped.
// Prints the figures; exits 1 on any mismatch. Needs `npm run build` (it runs bin/ on dist/).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { startPostgres } from './lib/postgres-server.js';

register('./lib/ts-hooks.js', import.meta.url);
const { payloads } = await import('../test/reliability/payloads.ts');

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/receiver/cli.js'))) {
  console.error('dist/receiver/ is missing: run `npm run build` first.');
  process.exit(1);
}

const CLIENTS = 50;
const VOTES = 2000;
const REPEATS = VOTES / 5; // retries of the same body, or changed answers
const PAGES = ['https://docs.example/a', 'https://docs.example/b', 'https://docs.example/c', 'https://docs.example/d'];
const TOKEN = 'receiver-check-token';
const data = mkdtempSync(join(tmpdir(), 'mlops-receiver-'));
const started = performance.now();
const postgres = process.argv.includes('--postgres') ? await startPostgres() : undefined;
const storage = postgres ? `PostgreSQL ${postgres.version}` : 'PGlite';
console.log(`store: ${postgres ? `${storage}, a new cluster on 127.0.0.1 (DATABASE_URL)` : 'PGlite in a temporary data folder'}`);

/** A seeded random source (mulberry32), so a failing run can be repeated. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(Number(process.env.SEED ?? 15));
const pick = (list) => list[Math.floor(random() * list.length)];

// ---------------------------------------------------------------------------------------------
// The server, started and killed as an operator would.

// The site of phase 3, on its own origin: a page with the plain feedback form, rendered once the receiver's address is known.
let formPage = '';
const site = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(formPage));
await new Promise((listening) => site.listen(0, '127.0.0.1', listening));
const siteOrigin = `http://127.0.0.1:${site.address().port}`;

let server;
let base = '';
async function startServer() {
  const cliArgs = ['feedback-server', '--port', '0', '--data', data, '--rate-limit', '200', '--trust-proxy', '--allow-origin', siteOrigin];
  const child = spawn(process.execPath, [join(root, 'bin/mlops-elements.js'), ...cliArgs], {
    env: { ...process.env, MLOPS_FEEDBACK_EXPORT_TOKEN: TOKEN, DATABASE_URL: postgres?.url ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolveUrl, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+\/feedback)/.exec(stdout);
      if (match) resolveUrl(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${stderr}`)));
  });
  server = { child, stderr: () => stderr };
  base = url;
}

// ---------------------------------------------------------------------------------------------
// Phase 1: load, with a SIGKILL in the middle.

const uuid = (client, index) => `00000000-0000-4000-8000-${String(client * 1000 + index).padStart(12, '0')}`;
let clock = Date.UTC(2026, 0, 1);
const figures = { requests: 0, accepted: 0, failedAttempts: 0, retriesAfterFailure: 0, repeats: { retry: 0, changed: 0 } };
/** Per id: the answer each client last got a 2xx for. */
const acknowledged = new Map();
/** Per id: the answer the client sent last (what must be stored at the end). */
const finalAnswer = new Map();
let killAt = Math.floor(VOTES * 0.45);
let restartMs = 0;
let killed;

/** Sends one vote until it gets a 2xx, as <mlops-feedback>'s queue does (same body, with backoff). */
async function deliver(client, vote) {
  for (let attempt = 0; ; attempt++) {
    if (attempt) figures.retriesAfterFailure++;
    try {
      figures.requests++;
      const response = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${client}` },
        body: JSON.stringify(vote),
      });
      await response.arrayBuffer();
      if (response.ok) {
        figures.accepted++;
        acknowledged.set(vote.id, vote);
        if (figures.accepted === killAt) killed = kill();
        return;
      }
      if (response.status < 500 && response.status !== 429) throw new Error(`vote ${vote.id} refused: HTTP ${response.status}`);
    } catch (error) {
      if (/refused: HTTP/.test(error.message)) throw error;
    }
    figures.failedAttempts++;
    await new Promise((wait) => setTimeout(wait, Math.min(1000, 50 * 2 ** attempt) * (0.5 + random() / 2)));
  }
}

async function kill() {
  server.child.kill('SIGKILL');
  await new Promise((exited) => server.child.once('exit', exited));
  const before = performance.now();
  await startServer();
  restartMs = performance.now() - before;
}

async function client(number, sends) {
  const mine = [];
  // One send in five repeats an earlier id of this client: the same body (a retry) or a new answer.
  const repeatAt = new Set();
  while (repeatAt.size < (sends * REPEATS) / VOTES) repeatAt.add(1 + Math.floor(random() * (sends - 1)));
  for (let index = 0; index < sends; index++) {
    let vote;
    if (repeatAt.has(index)) {
      const earlier = finalAnswer.get(pick(mine));
      if (random() < 0.5) {
        figures.repeats.retry++;
        vote = earlier;
      } else {
        figures.repeats.changed++;
        const rating = 1 + Math.floor(random() * 5);
        vote = { ...earlier, rating, reasons: rating >= 4 ? ['clear'] : ['missing'], submittedAt: new Date((clock += 1000)).toISOString() };
      }
    } else {
      const id = uuid(number, mine.length);
      mine.push(id);
      const rating = 1 + Math.floor(random() * 5);
      vote = {
        id,
        profile: 'mlops',
        rating,
        scale: '5',
        reasons: rating >= 4 ? pick([[], ['clear'], ['clear', 'examples']]) : pick([[], ['missing'], ['unclear', 'missing']]),
        comment: pick(['', 'Thanks', "O'Reilly; DROP TABLE mlops_feedback; --", 'a "quoted", comma']),
        page: pick(PAGES),
        submittedAt: new Date((clock += 1000)).toISOString(),
        client: { honeypot: '', dwellMs: 4000 + Math.floor(random() * 60000) },
      };
    }
    finalAnswer.set(vote.id, vote);
    await deliver(number, vote);
  }
}

function expectedSummary(page) {
  const votes = [...finalAnswer.values()].filter((vote) => vote.page === page);
  const byRating = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const reasons = new Map();
  for (const vote of votes) {
    byRating[vote.rating]++;
    for (const reason of vote.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const total = votes.reduce((sum, vote) => sum + vote.rating, 0);
  return {
    page,
    votes: votes.length,
    average: votes.length ? Math.round((total / votes.length) * 100) / 100 : null,
    helpfulShare: votes.length ? Math.round(((byRating[4] + byRating[5]) / votes.length) * 10000) / 10000 : null,
    byRating,
    reasons: [...reasons].map(([id, count]) => ({ id, votes: count })).sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : 1)),
  };
}

/** The stored votes, from the CSV export (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
async function exported() {
  const response = await fetch(base.replace(/\/feedback$/, '/feedback/export.csv'), { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200);
  const text = await response.text();
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted || (char !== ',' && !(char === '\r' && text[index + 1] === '\n'))) field += char;
    else {
      row.push(field);
      field = '';
      if (char === '\r') {
        rows.push(row);
        row = [];
        index++;
      }
    }
  }
  const [header, ...records] = rows;
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]])));
}

try {
  const firstStart = performance.now();
  await startServer();
  const firstStartMs = performance.now() - firstStart;
  const loadStart = performance.now();
  const perClient = VOTES / CLIENTS;
  await Promise.all(Array.from({ length: CLIENTS }, (_, number) => client(number + 1, perClient)));
  await killed;
  const loadMs = performance.now() - loadStart;

  const rows = await exported();
  const stored = new Map(rows.map((row) => [row.id, row]));
  const double = rows.length - stored.size;
  let lost = 0;
  let stale = 0;
  for (const [id, vote] of acknowledged) {
    const row = stored.get(id);
    if (!row) lost++;
    else if (row.submitted_at !== vote.submittedAt && Date.parse(row.submitted_at) < Date.parse(vote.submittedAt)) stale++;
  }
  for (const [id, vote] of finalAnswer) {
    const row = stored.get(id);
    assert.ok(row, `vote ${id} is missing`);
    assert.equal(Number(row.rating), vote.rating, `vote ${id}: stored rating ${row.rating}, last answer ${vote.rating}`);
    assert.equal(row.comment, vote.comment.replace(/^([=+\-@\t\r])/, "'$1"), `vote ${id}: comment`);
  }
  assert.equal(lost, 0, `${lost} acknowledged votes lost`);
  assert.equal(stale, 0, `${stale} votes went back to an older answer`);
  assert.equal(double, 0, `${double} ids stored twice`);
  assert.equal(stored.size, finalAnswer.size);
  let summed = 0;
  for (const page of PAGES) {
    const summary = await (await fetch(`${base}/summary?page=${encodeURIComponent(page)}`)).json();
    assert.deepEqual(summary, expectedSummary(page), `summary of ${page}`);
    summed += summary.votes;
  }
  assert.equal(summed, finalAnswer.size);
  console.log(
    `load: ${VOTES} votes from ${CLIENTS} clients (${finalAnswer.size} ids, ${figures.repeats.retry} retries and ${figures.repeats.changed} changed answers of earlier ids) in ${(loadMs / 1000).toFixed(1)} s; ` +
      `${figures.requests} requests`,
  );
  console.log(
    `SIGKILL after ${killAt} accepted votes; restart on the same ${postgres ? 'database' : 'data folder'} took ${(restartMs / 1000).toFixed(1)} s (first start ${(firstStartMs / 1000).toFixed(1)} s); ` +
      `${figures.failedAttempts} attempts failed meanwhile and were retried until accepted`,
  );
  console.log(`result: ${acknowledged.size} acknowledged ids, ${stored.size} stored, 0 lost, 0 double; the four pages' summaries equal the expected tallies exactly`);

  // -------------------------------------------------------------------------------------------
  // Phase 2: hostile payloads.
  const valid = { ...finalAnswer.values().next().value, id: uuid(999, 0), page: 'https://docs.example/hostile' };
  const hostile = [];
  for (const { name, value } of payloads) {
    for (const field of ['id', 'scale', 'page', 'submittedAt']) hostile.push([`${name} in ${field}`, { ...valid, [field]: value }]);
    hostile.push([`${name} as a reason`, { ...valid, reasons: [value] }]);
    hostile.push([`${name} as the rating`, { ...valid, rating: value }]);
    hostile.push([`${name} in the honeypot, with a bad rating`, { ...valid, rating: 6, client: { honeypot: value, dwellMs: 5000 } }]);
    hostile.push([`${name} in the comment, with a bad id`, { ...valid, id: value, comment: value }]);
  }
  for (const [name, value] of [
    ['rating null', null],
    ['rating an array', [5]],
    ['rating an object', { $gt: 0 }],
    ['rating a fraction', 4.5],
    ['rating 0', 0],
    ['rating 6', 6],
  ])
    hostile.push([name, { ...valid, rating: value }]);
  for (const sql of ["' OR 1=1 --", "'); DELETE FROM mlops_feedback; --", '1; DROP TABLE mlops_feedback', "$1'::text", "\\'; TRUNCATE mlops_feedback; --"]) {
    hostile.push([`SQL in id: ${sql}`, { ...valid, id: sql }]);
    hostile.push([`SQL in page: ${sql}`, { ...valid, page: `https://docs.example/'${sql}`, rating: 'x' }]);
    hostile.push([`SQL as a reason: ${sql}`, { ...valid, reasons: [sql] }]);
  }
  hostile.push(['comment a number', { ...valid, comment: 5 }]);
  hostile.push(['reasons a string', { ...valid, reasons: 'clear' }]);
  hostile.push(['__proto__ pollution', JSON.parse(`{"__proto__":{"rating":5},"id":"${valid.id}"}`)]);
  hostile.push(['an array', [valid]]);
  hostile.push(['null', null]);
  hostile.push(['a string', 'vote']);
  const bodies = hostile.map(([name, body]) => [name, JSON.stringify(body)]);
  bodies.push(['deep nesting', `{"id":"${valid.id}","reasons":${'['.repeat(50000)}${']'.repeat(50000)}}`]);
  bodies.push(['not JSON', '{"id": "x", rating: 5']);
  bodies.push(['1 MB body', JSON.stringify({ ...valid, comment: 'x'.repeat(1024 * 1024) })]);
  bodies.push(['100 KB reasons', JSON.stringify({ ...valid, reasons: Array(20000).fill('clear') })]);
  const before = await exported();
  const statuses = new Map();
  for (let index = 0; index < bodies.length; index += 10) {
    await Promise.all(
      bodies.slice(index, index + 10).map(async ([name, body]) => {
        let status;
        try {
          const response = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${index % 250}` }, body });
          await response.arrayBuffer();
          status = response.status;
        } catch (error) {
          status = `no answer (${error.cause?.code ?? error.message})`;
        }
        assert.ok(typeof status === 'number' && status >= 400 && status < 500 && status !== 429, `${name}: ${status}`);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
    );
  }
  const after = await exported();
  assert.deepEqual(after, before, 'a hostile payload changed what is stored');
  // Where a field takes free text (the comment) or a name (the profile), a hostile string is data: stored
  // verbatim when storable, refused (400) when it holds a NUL or a lone surrogate or is too long.
  let verbatim = 0;
  let refusedText = 0;
  for (const [index, { name, value }] of payloads.entries()) {
    for (const field of ['comment', 'profile']) {
      const vote = { ...valid, id: uuid(998, index * 2 + (field === 'comment' ? 0 : 1)), [field]: value };
      const response = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.251' },
        body: JSON.stringify(vote),
      });
      await response.arrayBuffer();
      const storable =
        field === 'comment'
          ? value.length <= 4000 && !/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)
          : /^[A-Za-z0-9][\w.-]{0,63}$/.test(value);
      if (storable) assert.equal(response.status, 200, `${name} in the ${field}`);
      else assert.ok([400, 413].includes(response.status), `${name} in the ${field}: ${response.status}`);
      if (storable) verbatim++;
      else refusedText++;
    }
  }
  const withText = new Map((await exported()).map((row) => [row.id, row]));
  for (const [index, { name, value }] of payloads.entries()) {
    const comment = withText.get(uuid(998, index * 2));
    if (comment) assert.equal(comment.comment, value.replace(/^([=+\-@\t\r])/, "'$1"), `${name}: stored comment`);
    const profile = withText.get(uuid(998, index * 2 + 1));
    if (profile) assert.equal(profile.profile, value.replace(/^([=+\-@\t\r])/, "'$1"), `${name}: stored profile`);
  }
  console.log(
    `free text: ${verbatim} hostile comments and profile ids stored and exported verbatim, ${refusedText} refused (400 for a NUL, a lone surrogate or not a profile id; 413 over the body cap)`,
  );
  const alive = await fetch(`${base}/summary?page=${encodeURIComponent(PAGES[0])}`);
  assert.equal(alive.status, 200);
  assert.equal(server.child.exitCode, null, 'the server exited');
  const byStatus = [...statuses]
    .sort()
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');
  console.log(
    `hostile: ${bodies.length} payloads (${payloads.length} strings in every field, wrong types, SQL metacharacters, 1 MB body) → all 4xx (${byStatus}); nothing stored, server alive`,
  );
  // -------------------------------------------------------------------------------------------
  // Phase 3: the plain form, answered in a browser with JavaScript off.
  const { renderHtml } = await import('../dist/render/index.js');
  formPage = await renderHtml(`<!doctype html><html lang="en"><title>Plain form</title><mlops-feedback endpoint="${base}"></mlops-feedback></html>`, {
    mode: 'plain',
    jsonLd: false,
  });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  try {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${siteOrigin}/article`, { waitUntil: 'load' });
    const honeypotShown = await tab.evaluate(() => document.querySelector('input[name="website"]').checkVisibility());
    assert.equal(honeypotShown, false, 'the honeypot field is visible');
    await tab.click('input[name="rating"][value="4"]');
    await tab.click('input[name="reasons"][value="clear"]');
    await tab.type('textarea[name="comment"]', 'Read without JavaScript.');
    await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), tab.click('button[type="submit"]')]);
    const thanks = await tab.evaluate(() => document.body.innerText);
    assert.match(thanks, /Thanks for your feedback!/, `after submitting: ${thanks.slice(0, 200)}`);
    assert.equal(new URL(tab.url()).origin, new URL(base).origin, "the thank-you page is the receiver's");
  } finally {
    await browser.close();
  }
  const plainVotes = (await exported()).filter((row) => row.comment === 'Read without JavaScript.');
  assert.equal(plainVotes.length, 1, 'the plain form vote is stored once');
  assert.equal(Number(plainVotes[0].rating), 4);
  assert.ok(plainVotes[0].page.startsWith(siteOrigin), `stored page ${plainVotes[0].page}`);
  // A bot fills every field it finds, the hidden one too: answered like a person (303), not stored.
  const bot = new URLSearchParams({ profile: 'mlops', scale: '5', rating: '5', comment: 'Bot vote.', page: `${siteOrigin}/article`, website: 'http://spam.example' });
  const dropped = await fetch(base, { method: 'POST', body: bot, headers: { origin: siteOrigin, 'x-forwarded-for': '203.0.113.252' }, redirect: 'manual' });
  assert.equal(dropped.status, 303);
  assert.equal((await exported()).filter((row) => row.comment === 'Bot vote.').length, 0, 'a vote with the honeypot filled was stored');
  console.log(
    'plain form: answered in Chromium with JavaScript off from another origin → thank-you page, stored once; its honeypot hidden; filled by a bot → 303, not stored',
  );
  console.log(`receiver check (${storage}) passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`receiver check FAILED: ${error.message}`);
  if (server) console.error(server.stderr().slice(-2000));
  process.exitCode = 1;
} finally {
  server?.child.kill('SIGTERM');
  site.close();
  await new Promise((exited) => (server?.child.exitCode === null ? server.child.once('exit', exited) : exited()));
  rmSync(data, { recursive: true, force: true });
  await postgres?.stop();
}

// `npm start`'s static output (scripts/serve.js, scripts/feed.js): encoding negotiation, the CSP with
// style hashes, the dataset of a page's <mlops-profile src>, a German page's wording, the RSS feed's escaping; and two things
// of the renderer those rely on (a given dataset answers <mlops-profile src>; dsd output parses
// without error). `npm run test:static` checks the same server in browsers.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { germanStrings } from '../../demo/strings-de.js';
import { postParts, rssFeed, xmlText } from '../../scripts/feed.js';
import { chooseEncoding, cspFor, renderOptionsFor, STRICT_CSP } from '../../scripts/serve.js';
import { renderDocument, renderHtml } from './fixtures/render/helpers.js';

test('brotli when accepted, then gzip; q=0 refuses; nothing when neither is accepted', () => {
  assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(chooseEncoding('gzip'), 'gzip');
  assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(chooseEncoding('*'), 'br');
  assert.equal(chooseEncoding('*, br;q=0'), 'gzip');
  assert.equal(chooseEncoding('identity'), undefined);
  assert.equal(chooseEncoding(''), undefined);
  assert.equal(chooseEncoding(undefined), undefined);
});

test('the CSP allows each inline <style> by its hash, once, and nothing else', () => {
  const css = ':host { display: block; }';
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const page = `<p>a</p><template shadowrootmode="open"><style>${css}</style></template><template shadowrootmode="open"><style>${css}</style></template>`;
  assert.equal(cspFor(page), `${STRICT_CSP} ${hash}`);
  assert.equal(cspFor('<p style="color: red">no style element</p>'), STRICT_CSP);
});

test("plain mode reads the dataset of a page's <mlops-profile src> under /data/; dsd mode leaves it to the browser", async () => {
  const page = '<mlops-profile src="/data/examples/sample-bubble.json"><mlops-profile-page></mlops-profile-page></mlops-profile>';
  const plain = await renderOptionsFor(page, 'plain');
  assert.equal(plain.profile.name, 'Home Bakers (sample data)');
  assert.deepEqual(await renderOptionsFor(page, 'dsd'), { mode: 'dsd' });
  assert.deepEqual(await renderOptionsFor('<mlops-profile src="/data/../package.json"></mlops-profile>', 'plain'), { mode: 'plain' });
  assert.deepEqual(await renderOptionsFor('<mlops-profile src="https://example.com/p.json"></mlops-profile>', 'plain'), { mode: 'plain' });
});

test('a demo page in German is rendered with the German wording the page registers in the browser, in both modes', async () => {
  const docs = readFileSync(new URL('../../demo/docs-de.html', import.meta.url), 'utf8');
  for (const mode of ['dsd', 'plain']) {
    const options = await renderOptionsFor(docs, mode);
    assert.deepEqual(options, { mode, strings: { de: germanStrings } });
    const html = await renderHtml(docs, options);
    assert.ok(html.includes(germanStrings.demographics.notItemised), mode);
    assert.ok(!html.includes('Not itemised'), mode);
  }
  assert.deepEqual(await renderOptionsFor('<html lang="de-CH"><p></p></html>', 'dsd'), { mode: 'dsd', strings: { de: germanStrings } });
  assert.deepEqual(await renderOptionsFor('<html lang="en"><p></p></html>', 'dsd'), { mode: 'dsd' });
});

test('given a dataset, plain mode renders <mlops-profile src> with it and reports no problem; without one it says so', async () => {
  const page = '<mlops-profile src="/data/examples/sample-bubble.json"><mlops-tool-grid></mlops-tool-grid></mlops-profile>';
  const { profile } = await renderOptionsFor(page, 'plain');
  const given = await renderDocument(page, { mode: 'plain', profile, jsonLd: false });
  assert.deepEqual(given.problems, []);
  assert.match(given.html, /Dutch Oven/);
  const bundled = await renderDocument(page, { mode: 'plain', jsonLd: false });
  assert.match(bundled.problems[0].message, /is not loaded at build time/);
});

test('dsd output has no "<?>" (a parse error to HTML): lit-html\'s end-of-template marker is written as the comment it parses to', async () => {
  const html = await renderHtml('<mlops-demographics chart="age"></mlops-demographics>', { jsonLd: false });
  assert.ok(!html.includes('<?>'));
  assert.match(html, /<!--\?-->/);
});

const post = (content, title = 'A post') =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><header><a class="brand" href="/">My &amp; site</a></header><main><h1>${title}</h1>${content}</main></body></html>`;

test('the feed: RSS 2.0 with the required elements, the post (plain mode, with notes) as CDATA, every text escaped', async () => {
  const published = new Date(Date.UTC(2026, 11, 3, 9, 30));
  let options;
  const render = async (html, given) => ((options = given), html);
  const feed = await rssFeed({
    html: post('<p>Hostile ]]> text & <b>bold</b>\u0001</p>', 'Tom &amp; "Jerry" <em>&lt;script&gt;</em>'),
    render,
    siteUrl: 'http://127.0.0.1:8080/',
    postPath: 'blog.html',
    published,
  });
  assert.deepEqual(options, { mode: 'plain', footnotes: true, jsonLd: false });
  assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<rss version="2\.0"/);
  assert.match(
    feed,
    /<channel>\s*<title>My &amp; site<\/title>\s*<link>http:\/\/127\.0\.0\.1:8080\/<\/link>\s*<description>[^<]+<\/description>\s*<language>en-GB<\/language>/,
  );
  assert.match(feed, /<item>\s*<title>Tom &amp; &quot;Jerry&quot; &lt;script&gt;<\/title>/);
  assert.match(feed, /<link>http:\/\/127\.0\.0\.1:8080\/blog\.html<\/link>\s*<guid isPermaLink="true">http:\/\/127\.0\.0\.1:8080\/blog\.html<\/guid>/);
  assert.match(feed, /<pubDate>Thu, 03 Dec 2026 09:30:00 GMT<\/pubDate>/);
  // The description's CDATA sections, joined, are the post's content with only the characters XML forbids replaced.
  const description = /<description>(<!\[CDATA\[[\s\S]*?\]\]>)<\/description>/.exec(feed)[1];
  const content = [...description.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join('');
  assert.equal(content, '<p>Hostile ]]> text & <b>bold</b>\uFFFD</p>');
});

test('the post parts come from the page as written: a slice after the <h1>, not a re-serialisation', () => {
  const parts = postParts(post('\n  <p class=x>unquoted <br/> kept</p>\n'));
  assert.deepEqual(parts, { lang: 'en-GB', site: 'My & site', title: 'A post', content: '<p class=x>unquoted <br/> kept</p>' });
  assert.throws(() => postParts('<p>no main</p>'), /needs a <main> with an <h1>/);
  assert.equal(xmlText('a\u0000<&>"b'), 'a\uFFFD&lt;&amp;&gt;&quot;b');
});

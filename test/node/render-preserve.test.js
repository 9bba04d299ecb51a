// The renderer edits the page only where the elements are: every other byte stays as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderDocument } from './fixtures/render/helpers.js';

/** A page as hand-written pages are: CRLF, odd spacing and case, comments, entities, raw-text elements, a template. */
const before = [
  '<!DOCTYPE html>\r\n<HTML lang=en>\r\n<head><meta charset=utf-8><title>Odd &amp; old</title>\r\n',
  '<script>const s = "<mlops-tool-card tool=mlflow></mlops-tool-card>"; // not an element</script>\r\n',
  '<style>p::after { content: "<mlops-term>" }</style></head>\r\n',
  '<body   class = "x"  >\r\n<!-- <mlops-glossary></mlops-glossary> in a comment -->\r\n',
  "<p title='a > b'>Caf&eacute; &#x2014; &nbsp;spaces   kept\t\ttabs</p>\r\n",
  '<textarea><mlops-term>model drift</mlops-term></textarea>\r\n',
  '<template><mlops-tool-card tool="feast"></mlops-tool-card></template>\r\n<p>',
].join('');
const element1 = '<mlops-tool-card\r\n   tool = "MLflow"\r\n></mlops-tool-card>';
const middle = '</p>\r\n<ul><li>one<li>two</ul>\r\n<p>In prose: ';
const element2 = '<MLOPS-TERM>Model  Drift</MLOPS-TERM>';
const after = ' &lt;done&gt;.</p>\r\n</body>\r\n</HTML>\r\n';
const page = before + element1 + middle + element2 + after;

for (const mode of ['plain', 'dsd']) {
  test(`${mode}: every byte outside the elements is unchanged`, async () => {
    const { html, elements, problems } = await renderDocument(page, { mode, jsonLd: false });
    assert.equal(elements, 2, 'two elements: the ones in script, style, comment, textarea and template are not elements');
    assert.deepEqual(problems, []);
    assert.ok(html.startsWith(before + (mode === 'plain' ? '<article>' : '<!--lit-part')), 'everything before the first element is byte-identical');
    assert.ok(html.endsWith(after), 'everything after the last element is byte-identical');
    const rest = html.slice(before.length, html.length - after.length);
    assert.equal(rest.split(middle).length, 2, 'the text between the elements is there once, byte-identical');
    assert.ok(!html.includes(element1), 'the card was expanded');
  });
}

test('plain: the term keeps the author text (case and spacing) inside <dfn><abbr>', async () => {
  const { html } = await renderDocument(page, { mode: 'plain', jsonLd: false });
  assert.match(html, /In prose: <dfn><abbr title="Model Drift: [^"]+">Model {2}Drift<\/abbr><\/dfn> &lt;done&gt;/);
});

test('dsd: <mlops-term> is left exactly as written', async () => {
  const { html } = await renderDocument(page, { mode: 'dsd', jsonLd: false });
  assert.ok(html.includes(middle + element2 + after));
});

test('a fragment (no doctype) keeps its bytes too, and JSON-LD goes at its end', async () => {
  const fragment = '  <p>Intro</p>\n\n<mlops-tool-card tool="kserve"></mlops-tool-card>\n<!-- end -->\n';
  const { html } = await renderDocument(fragment, { mode: 'plain' });
  assert.ok(html.startsWith('  <p>Intro</p>\n\n<article>'));
  assert.ok(html.endsWith('</article>\n<!-- end -->\n<script type="application/ld+json" data-mlops-elements>' + html.split('data-mlops-elements>')[1]));
});

test('JSON-LD goes just before </body>, once; rendering the output again changes nothing', async () => {
  const first = await renderDocument(page, { mode: 'plain' });
  assert.match(first.html, /<\/p>\r\n<script type="application\/ld\+json" data-mlops-elements>[^<]*<\/script><\/body>\r\n<\/HTML>\r\n$/);
  const second = await renderDocument(first.html, { mode: 'plain' });
  assert.equal(second.html, first.html);
  const dsd = await renderDocument(page, { mode: 'dsd' });
  const again = await renderDocument(dsd.html, { mode: 'dsd' });
  assert.equal(again.html, dsd.html, 'a server-rendered element is not rendered a second time, and the JSON-LD is replaced, not repeated');
});

test('an element without its end tag is reported, and the page after it is kept', async () => {
  const { html, problems } = await renderDocument('<p>a</p>\n<mlops-tool-card tool="feast"/>\n<p>after</p>', { mode: 'plain', jsonLd: false });
  assert.equal(problems.length, 1);
  assert.deepEqual([problems[0].line, problems[0].col, problems[0].tag], [2, 1, 'mlops-tool-card']);
  assert.match(problems[0].message, /has no end tag/);
  assert.ok(html.startsWith('<p>a</p>\n<article>'));
  assert.ok(html.endsWith('</article>\n<p>after</p>'));
});

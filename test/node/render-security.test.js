// Hostile strings (the reliability suite's) as attribute values and inside a dataset go through both
// modes without injecting any element or attribute: the output is parsed and its shape compared
// with the same page rendered with a harmless value that the elements judge the same way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findTool } from '../../src/data/tools.ts';
import { findTerm } from '../../src/data/terms.ts';
import { payloads, shortPayloads } from '../reliability/payloads.ts';
import { elementsOf, renderDocument, shapeOf, textOf } from './fixtures/render/helpers.js';

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A page with the value in every attribute the elements read, and as a term's text. */
const page = (value) => {
  const v = escapeAttribute(value);
  const text = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<article><p>x <mlops-term term="${v}">y</mlops-term> <mlops-term>${text}</mlops-term></p>
<mlops-tool-card tool="${v}" heading-level="${v}" variant="${v}"></mlops-tool-card>
<mlops-tool-grid tag="${v}"></mlops-tool-grid>
<mlops-demographics chart="${v}"></mlops-demographics>
<mlops-section section="${v}"></mlops-section><mlops-persona name="${v}"></mlops-persona>
<mlops-feedback endpoint="/f${v}" question="${v}" scale="${v}"></mlops-feedback></article>`;
};

/**
 * A harmless value the elements treat as they treat `value`: blank stays blank, a name that finds a
 * tool or term (after their case and slug folding) becomes that name, anything else an unknown name.
 */
function harmless(value) {
  if (!value.trim()) return value;
  if (findTool(value)) return findTool(value).id;
  if (findTerm(value)) return findTerm(value).id;
  if (/^[1-6]$/.test(value.trim())) return value.trim();
  return 'zz';
}

/** Scripts in the output: only the renderer's one JSON-LD script, whose content parses. */
function assertOnlyJsonLd(html) {
  const scripts = elementsOf(html).filter((element) => element.tagName === 'script');
  assert.ok(scripts.length <= 1);
  for (const script of scripts) {
    assert.deepEqual(
      script.attrs.map((attr) => attr.name),
      ['type', 'data-mlops-elements'],
    );
    JSON.parse(script.childNodes[0].value);
  }
}

for (const mode of ['plain', 'dsd']) {
  test(`${mode}: hostile attribute values inject no element or attribute`, async () => {
    for (const payload of payloads) {
      const [hostile, baseline] = await Promise.all([renderDocument(page(payload.value), { mode }), renderDocument(page(harmless(payload.value)), { mode })]);
      assert.deepEqual(shapeOf(hostile.html), shapeOf(baseline.html), payload.name);
      assertOnlyJsonLd(hostile.html);
    }
  });
}

/** The bundled dataset with payload `(i + offset) % n` in its i-th string field, except ids, enums, URLs, the version and the date. */
function hostileProfile(offset) {
  const data = JSON.parse(readFileSync(new URL('../../data/mlops.json', import.meta.url), 'utf8'));
  let index = 0;
  const keep = new Set(['id', 'setting', 'speaker', 'url', 'version', 'transcribed']);
  const fill = (node) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && !keep.has(key)) node[key] = shortPayloads[(index++ + offset) % shortPayloads.length].value || 'x';
      else if (value && typeof value === 'object') fill(value);
    }
  };
  fill(data);
  return data;
}

/** [the glossaries' A–Z indexes, the page without them]: each `<nav aria-label="Terms A–Z">`, which holds no other nav. */
function splitIndex(html) {
  const indexes = html.match(/<nav aria-label="Terms A–Z">[\s\S]*?<\/nav>/g) ?? [];
  assert.equal(indexes.length, 2, 'the profile page’s glossary and the glossary each have their index');
  return [indexes.join(''), html.replace(/<nav aria-label="Terms A–Z">[\s\S]*?<\/nav>/g, '')];
}

test('plain: a dataset full of hostile strings renders them as text, injecting nothing', async () => {
  const everything =
    '<article><mlops-profile-page></mlops-profile-page><mlops-glossary></mlops-glossary><p><mlops-term>zz</mlops-term></p><mlops-feedback endpoint="/f"></mlops-feedback></article>';
  const baseline = await renderDocument(everything, { mode: 'plain', profile: hostileProfile(0), footnotes: true });
  for (const offset of [0, 1, 2, 3, 4]) {
    const profile = hostileProfile(offset);
    const { html } = await renderDocument(everything, { mode: 'plain', profile, footnotes: true });
    // The glossary's A–Z index groups the terms by their first letters, so its shape follows the data:
    // it is compared on its own, holding nothing but its list of letters and links.
    const [index, rest] = splitIndex(html);
    assert.deepEqual(shapeOf(rest), shapeOf(splitIndex(baseline.html)[1]), `rotation ${offset}`);
    assert.deepEqual([...new Set(shapeOf(index))].sort(), ['a[href]', 'b[]', 'li[]', 'nav[aria-label]', 'ul[]'], `rotation ${offset}: the index`);
    assertOnlyJsonLd(html);
    // Every tool's name (a payload) reads back as text: shown, not parsed (U+0000 is written as U+FFFD, as a browser reads it).
    for (const tool of profile.tools.items) {
      const shown = tool.name.replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim();
      assert.ok(textOf(html).includes(shown), JSON.stringify(tool.name));
    }
  }
});

test('an invalid dataset is refused naming the bad field', async () => {
  const data = hostileProfile(0);
  data.terminology[2].insider = 42;
  await assert.rejects(renderDocument('<p></p>', { mode: 'plain', profile: data }), (error) => {
    assert.equal(error.name, 'InvalidProfileError');
    assert.deepEqual(error.errors, ['terminology[2].insider: expected string, received number']);
    return true;
  });
});

test('refuses a glossaryHref no reader should follow (javascript:, data:) before writing anything; relative and http(s) links are written', async () => {
  for (const glossaryHref of ['javascript:alert(1)', '\tjavascript:alert(1)', 'DATA:text/html,<script>alert(1)</script>', 'http://[']) {
    await assert.rejects(renderDocument('<p>model drift</p>', { autoTerms: 'first', glossaryHref }), /glossaryHref must be a relative or http\(s\) URL/, glossaryHref);
  }
  for (const glossaryHref of ['/glossary/', 'https://example.org/glossary/']) {
    const { html } = await renderDocument('<p>model drift</p>', { mode: 'plain', autoTerms: 'first', glossaryHref });
    const [link] = elementsOf(html).filter((element) => element.tagName === 'a');
    assert.equal(link.attrs.find((attr) => attr.name === 'href').value, `${glossaryHref}#model-drift`);
  }
});

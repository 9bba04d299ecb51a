// Plain mode: each element as semantic HTML with no custom element, shadow root, script (but JSON-LD) or style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elementsOf, jsonLdOf, renderDocument, textOf } from './fixtures/render/helpers.js';
import { elements as registry } from '../../src/registry.ts';
import { plainRenderers } from '../../src/render/plain-renderers.ts';

const plain = (html, options = {}) => renderDocument(html, { mode: 'plain', ...options });
const tags = (html) => elementsOf(html).map((element) => element.tagName);

/** Nothing a reader without our script could not show: no custom element, shadow root, style sheet or executable script. */
function assertPlain(html) {
  for (const element of elementsOf(html)) {
    assert.ok(!element.tagName.includes('-'), `no custom element: <${element.tagName}>`);
    assert.ok(!['style', 'link', 'template', 'slot'].includes(element.tagName), `no <${element.tagName}>`);
    if (element.tagName === 'script') assert.deepEqual(element.attrs.map((attr) => [attr.name, attr.value])[0], ['type', 'application/ld+json']);
    for (const attr of element.attrs) assert.ok(!/^on|^style$|^part$|^shadowroot/.test(attr.name), `no ${attr.name}= on <${element.tagName}>`);
  }
}

test('every element of the registry has a plain renderer', () => {
  assert.deepEqual(Object.keys(plainRenderers).sort(), registry.map((entry) => entry.tag).sort());
  for (const [tag, render] of Object.entries(plainRenderers)) assert.equal(typeof render, 'function', `<${tag}>'s plain renderer`);
});

test('a tool card is an <article> with heading, category, description and tag list', async () => {
  const { html, problems } = await plain('<mlops-tool-card tool="MLflow" heading-level="2" id="ml"></mlops-tool-card>', { jsonLd: false });
  assertPlain(html);
  assert.deepEqual(problems, []);
  assert.deepEqual(tags(html), ['article', 'h2', 'p', 'p', 'ul', 'li', 'li', 'li']);
  assert.match(html, /^<article id="ml"><h2>MLflow<\/h2><p>Category: Technologies<\/p><p>[^<]+<\/p><ul aria-label="Tags"><li>/);
  assert.ok(textOf(html).includes('Experiment Tracking'));
});

test('a tool grid lists the tools with any of the given tags, as the element does', async () => {
  const { html, problems } = await plain('<mlops-tool-grid tag="kubernetes native, K8s Native"></mlops-tool-grid>', { jsonLd: false });
  assertPlain(html);
  assert.deepEqual(problems, []);
  const names = elementsOf(html)
    .filter((element) => element.tagName === 'h3')
    .map((heading) => textOf(heading.childNodes[0].value));
  assert.ok(names.length >= 2 && names.length < 10, `a filtered list: ${names}`);
  assert.ok(names.map((name) => name.trim()).includes('Kubeflow'));
  assert.match(textOf(html), new RegExp(`${names.length} tools`));
  assert.match(textOf(html), /page 1 of 3 of the profile's tool list/);
  const all = await plain('<mlops-tool-grid></mlops-tool-grid>', { jsonLd: false });
  assert.equal(elementsOf(all.html).filter((element) => element.tagName === 'article').length, 10);
});

test('charts are figures with a caption and a table, the unknown 40 % of platforms included', async () => {
  const { html } = await plain('<mlops-demographics chart="platforms"></mlops-demographics>', { jsonLd: false });
  assertPlain(html);
  assert.deepEqual(tags(html).slice(0, 6), ['div', 'figure', 'figcaption', 'h3', 'p', 'table']);
  const rows = elementsOf(html)
    .filter((element) => element.tagName === 'tr')
    .map((row) => row.childNodes.map((cell) => cell.childNodes.map((text) => text.value).join('')).join('|'));
  assert.deepEqual(rows, ['Platform|Share of the community', 'Slack|25\u00a0%', 'GitHub|20\u00a0%', 'Conferences & Trade Shows|15\u00a0%', 'Not itemised|40\u00a0%']);
  assert.match(textOf(html), /the other 40 % is not itemised in the source, which shows only page 1 of 3/);
  const every = await plain('<mlops-demographics></mlops-demographics>', { jsonLd: false });
  assert.deepEqual(
    elementsOf(every.html)
      .filter((element) => element.tagName === 'h3')
      .map((h) => h.childNodes[0].value),
    ['Platform distribution', 'Gender', 'Age'],
  );
});

test('a term is <dfn><abbr title> around the author text; with footnotes, numbered notes end the article', async () => {
  const page =
    '<article><p>We saw <mlops-term>model drift</mlops-term>, then <mlops-term term="feature-store">a store</mlops-term> and <mlops-term>Model Drift</mlops-term> again.</p></article><p>Out: <mlops-term>sandbox</mlops-term></p>';
  const { html, problems } = await plain(page, { footnotes: true, jsonLd: false });
  assertPlain(html);
  assert.deepEqual(problems, []);
  assert.match(
    html,
    /^<article><p>We saw <dfn><abbr title="Model Drift: [^"]+">model drift<\/abbr><\/dfn><sup><a href="#mlops-note-1" aria-describedby="mlops-note-1">1<\/a><\/sup>, then /,
  );
  assert.match(html, /<abbr title="Feature Store: [^"]+">a store<\/abbr><\/dfn><sup><a href="#mlops-note-2"[^>]*>2<\/a><\/sup>/);
  assert.match(html, /Model Drift<\/abbr><\/dfn><sup><a href="#mlops-note-1"[^>]*>1<\/a><\/sup> again/, 'the same term in one article shares its note');
  const notes = html.slice(html.indexOf('<section class="mlops-notes"'), html.indexOf('</article>'));
  assert.match(
    notes,
    /^<section class="mlops-notes" aria-label="Notes"><ol><li id="mlops-note-1">Model Drift — .+ Outsiders say: Software Bugs in Machine Learning<\/li><li id="mlops-note-2">Feature Store — /,
  );
  assert.match(
    html,
    /<\/article><p>Out: <dfn>.*<a href="#mlops-note-3"[^>]*>1<\/a>.*<\/p><section class="mlops-notes" aria-label="Notes"><ol><li id="mlops-note-3">Sandbox — /,
    'outside the article: numbered anew at the end of the page',
  );
  const without = await plain(page, { jsonLd: false });
  assert.ok(!without.html.includes('<sup>') && !without.html.includes('mlops-notes'));
});

test('sections, portraits and the glossary are headings, lists and paragraphs', async () => {
  const section = await plain('<mlops-section section="Inside jokes" heading-level="3"></mlops-section>', { jsonLd: false });
  assertPlain(section.html);
  assert.deepEqual(tags(section.html).slice(0, 5), ['section', 'h3', 'ul', 'li', 'h4']);
  const steps = await plain('<mlops-section section="first-steps"></mlops-section>', { jsonLd: false });
  assert.ok(tags(steps.html).includes('ol'));
  assert.match(textOf(steps.html), /Time to basics: .+Step 1 .*Summary:/);
  const summary = await plain('<mlops-section section="summary"></mlops-section>', { jsonLd: false });
  assert.match(textOf(summary.html), /The source cuts this description off/);
  const persona = await plain('<mlops-persona name="ravi"></mlops-persona>', { jsonLd: false });
  assertPlain(persona.html);
  assert.deepEqual(tags(persona.html).slice(0, 3), ['article', 'h3', 'dl']);
  assert.match(textOf(persona.html), /Ravi, \d+ .*Motivations/);
  const everyone = await plain('<mlops-persona></mlops-persona>', { jsonLd: false });
  assert.deepEqual(tags(everyone.html).slice(0, 5), ['section', 'h2', 'ul', 'li', 'article']);
  const glossary = await plain('<mlops-glossary heading-level="2"></mlops-glossary>');
  assertPlain(glossary.html);
  // The heading, the A–Z index, then the list of entries.
  assert.deepEqual(tags(glossary.html).slice(0, 6), ['section', 'h2', 'nav', 'ul', 'li', 'b']);
  const list = tags(glossary.html).slice(tags(glossary.html).indexOf('dl'));
  assert.deepEqual(list.slice(0, 5), ['dl', 'div', 'dt', 'dd', 'dd']);
  assert.ok(
    elementsOf(glossary.html).some((element) => element.attrs.some((attr) => attr.name === 'id' && attr.value === 'model-drift')),
    'entries keep their anchors',
  );
  // Every index link lands on an entry; the index runs A to Z.
  const ids = new Set(elementsOf(glossary.html).flatMap((element) => element.attrs.filter((attr) => attr.name === 'id').map((attr) => attr.value)));
  const links = elementsOf(glossary.html).filter((element) => element.tagName === 'a');
  assert.equal(links.length, 10);
  for (const link of links) assert.ok(ids.has(link.attrs[0].value.slice(1)), link.attrs[0].value);
  const letters = elementsOf(glossary.html)
    .filter((element) => element.tagName === 'b')
    .map((b) => b.childNodes[0].value);
  assert.deepEqual(letters, ['A', 'C', 'D', 'F', 'M', 'O', 'S']);
  const shown = elementsOf(glossary.html).filter((element) => element.tagName === 'dt').length;
  assert.ok(shown > 5);
  assert.equal(jsonLdOf(glossary.html)[0]['@graph'][0].hasDefinedTerm.length, shown, 'every term the glossary shows is in the JSON-LD');
});

test('the profile page composes everything under one h1, with a table of contents and no feedback form', async () => {
  const { html, problems } = await plain('<main><mlops-profile-page></mlops-profile-page></main>', { jsonLd: false });
  assertPlain(html);
  assert.deepEqual(problems, []);
  const found = elementsOf(html);
  assert.equal(found.filter((element) => element.tagName === 'h1').length, 1);
  const links = found.filter((element) => element.tagName === 'a').map((a) => a.attrs[0].value);
  assert.ok(links.includes('#key-findings') && links.includes('#technologies') && links.includes('#about-this-data'));
  for (const link of links)
    assert.ok(
      found.some((element) => element.attrs.some((attr) => attr.name === 'id' && `#${attr.value}` === link)),
      `${link} lands somewhere`,
    );
  assert.ok(found.some((element) => element.tagName === 'table'));
  assert.ok(!found.some((element) => element.tagName === 'form'));
  // "About this data" gives the dataset's version and source, as the element does.
  assert.ok(html.includes('<p>Data version 1.0.0. Transcribed from mlops-profile.txt on 2026-11-26.</p>'), 'the provenance sentence');
});

test('feedback with an endpoint is a POST form with the payload field names; without one, a comment', async () => {
  const { html, problems } = await plain('<mlops-feedback endpoint="/api/feedback" question="Did this help?"></mlops-feedback>', { jsonLd: false });
  assertPlain(html);
  assert.deepEqual(problems, []);
  const [form] = elementsOf(html);
  assert.equal(form.tagName, 'form');
  assert.deepEqual(form.attrs, [
    { name: 'method', value: 'post' },
    { name: 'action', value: '/api/feedback' },
  ]);
  const fields = elementsOf(html).filter((element) => ['input', 'textarea'].includes(element.tagName));
  const names = new Set(fields.map((field) => field.attrs.find((attr) => attr.name === 'name').value));
  assert.deepEqual([...names].sort(), ['comment', 'profile', 'rating', 'reasons', 'scale', 'website']);
  // The honeypot is hidden without a stylesheet (plain HTML may get none) and labelled for those who see it anyway.
  assert.match(html, /<p hidden><label>Leave this field empty \(it catches spam bots\): <input type="text" name="website" autocomplete="off"><\/label><\/p>/);
  const ratings = fields.filter((field) => field.attrs.some((attr) => attr.value === 'rating'));
  assert.deepEqual(
    ratings.map((field) => field.attrs.find((attr) => attr.name === 'type').value),
    ['radio', 'radio', 'radio', 'radio', 'radio'],
  );
  assert.match(textOf(html), /Did this help\? 1 \(Not helpful\)/);
  const thumbs = await plain('<mlops-feedback endpoint="https://example.org/f" scale="thumbs"></mlops-feedback>', { jsonLd: false });
  assert.match(thumbs.html, /name="scale" value="thumbs"/);
  assert.match(textOf(thumbs.html), /How helpful was the information in Machine Learning Operations \(MLOps\)\?/);
  const none = await plain('<p>x</p><mlops-feedback></mlops-feedback>');
  assert.match(none.html, /^<p>x<\/p><!-- <mlops-feedback> has no endpoint attribute: .+ -->$/);
  const bad = await plain('<mlops-feedback endpoint="javascript:alert(1)"></mlops-feedback>');
  assert.equal(bad.problems.length, 1);
  assert.ok(!bad.html.includes('<form'));
});

test('auto-terms wraps the first use of each glossary term, skipping headings, links and code', async () => {
  const page =
    '<mlops-auto-terms><article><h1>Model drift</h1><p>Model drift and <a href="/x">feature store</a>; <code>sandbox</code>. A feature store, model drift again.</p></article></mlops-auto-terms>';
  const { html } = await plain(page, { jsonLd: false });
  assertPlain(html);
  assert.match(
    html,
    /^<article><h1>Model drift<\/h1><p><dfn><abbr title="Model Drift: [^"]+">Model drift<\/abbr><\/dfn> and <a href="\/x">feature store<\/a>; <code>sandbox<\/code>\. A <dfn><abbr title="Feature Store: [^"]+">feature store<\/abbr><\/dfn>, model drift again\.<\/p><\/article>$/,
  );
  const all = await plain(page.replace('<mlops-auto-terms>', '<mlops-auto-terms all>'), { jsonLd: false });
  assert.equal(all.html.match(/<dfn>/g).length, 3);
});

test('unknown names are problems at line:col with the suggestion the element gives; the author text stays', async () => {
  const page =
    '<p>\n  <mlops-term>modle drift</mlops-term> and\n<mlops-tool-card tool="mlflwo"></mlops-tool-card>\n<mlops-tool-card tool="nope">Nope fallback</mlops-tool-card>\n   <mlops-section section="insid jokes"></mlops-section> <mlops-demographics chart="platfrom"></mlops-demographics> <mlops-tool-card tool="feast" heading-level="9"></mlops-tool-card>';
  const { html, problems } = await plain(page, { jsonLd: false });
  const brief = problems.map(({ line, col, tag, suggestion }) => [line, col, tag, suggestion]);
  assert.deepEqual(brief, [
    [2, 3, 'mlops-term', 'Model Drift'],
    [3, 1, 'mlops-tool-card', 'MLflow'],
    [4, 1, 'mlops-tool-card', undefined],
    [5, 4, 'mlops-section', 'inside-jokes'],
    [5, 58, 'mlops-demographics', 'platforms'],
    [5, 117, 'mlops-tool-card', '3'],
  ]);
  assert.match(problems[1].message, /No tool called “mlflwo”/);
  assert.match(html, /<p>\n {2}modle drift and\n<p>No tool called “mlflwo” in this profile\. Did you mean MLflow\?<\/p>\nNope fallback\n/);
});

test('JSON-LD: one DefinedTermSet of the terms used and a SoftwareApplication per tool shown, nothing invented', async () => {
  const { html } = await plain(
    '<p><mlops-term>model drift</mlops-term> <mlops-term>CI/CD</mlops-term></p><mlops-tool-card tool="feast"></mlops-tool-card><mlops-tool-card tool="feast"></mlops-tool-card>',
  );
  const [data, second] = jsonLdOf(html);
  assert.equal(second, undefined, 'one script');
  assert.equal(data['@context'], 'https://schema.org');
  const [set, app, more] = data['@graph'];
  assert.equal(more, undefined);
  assert.deepEqual(Object.keys(set).sort(), ['@type', 'hasDefinedTerm', 'name']);
  assert.equal(set['@type'], 'DefinedTermSet');
  assert.deepEqual(
    set.hasDefinedTerm.map((term) => [term['@type'], term.name, term.alternateName]),
    [
      ['DefinedTerm', 'Model Drift', 'Software Bugs in Machine Learning'],
      ['DefinedTerm', 'CI/CD', set.hasDefinedTerm[1].alternateName],
    ],
  );
  assert.deepEqual(Object.keys(app).sort(), ['@type', 'applicationCategory', 'description', 'keywords', 'name']);
  assert.deepEqual([app['@type'], app.name, app.applicationCategory], ['SoftwareApplication', 'Feast', 'Technologies']);
  const none = await plain('<p>no elements</p>');
  assert.equal(none.html, '<p>no elements</p>');
  const off = await plain('<mlops-tool-card tool="feast"></mlops-tool-card>', { jsonLd: false });
  assert.deepEqual(jsonLdOf(off.html), []);
});

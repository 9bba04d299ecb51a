// build/reserved-boxes.ts: dist/cdn/mlops-elements.css, each element's box before it is defined, from the
// element registry, the dataset's tools and the heights build/reserved-boxes.json measured.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { breakpoints, reservedBoxesCss, reservedBoxesFile, reservedTags, sha256 } from '../../build/reserved-boxes.ts';
import { elements } from '../../src/registry.ts';

const root = resolve(import.meta.dirname, '../..');
const dataBytes = readFileSync(join(root, 'data/mlops.json'));
const measured = JSON.parse(readFileSync(join(root, 'build/reserved-boxes.json'), 'utf8'));
const tools = JSON.parse(dataBytes.toString('utf8')).tools.items;

const sample = {
  dataSha256: '',
  breakpoints: [320, 600],
  fit: {},
  boxes: {
    'mlops-demographics': { 320: 1200, 600: 1000 },
    'mlops-demographics age': { 320: 500, 600: 450 },
    'mlops-feedback': { 320: 250, 600: 250 },
    'mlops-tool-card alpha': { 320: 200, 600: 180 },
    'mlops-tool-card beta': { 320: 240, 600: 180 },
    'mlops-tool-card gamma': { 320: 260, 600: 200 },
  },
};
const sampleElements = ['mlops-term', 'mlops-profile', 'mlops-demographics', 'mlops-feedback', 'mlops-tool-card'].map((tag) => ({ tag }));
const sampleTools = [
  { id: 'alpha', name: 'Alpha' },
  { id: 'beta', name: 'Beta "Quoted"' },
  { id: 'gamma', name: 'gamma' },
  { id: 'delta', name: 'Delta' },
];

/** The rules of a stylesheet by media condition (`''` outside any): `{ '': ['sel{…}', …], '(min-width:600px)': […] }`. */
function rulesByMedia(css) {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const result = { '': [] };
  let rest = body;
  for (const [whole, condition, inner] of body.matchAll(/@media\(([^)]*)\)\{((?:[^{}]*\{[^{}]*\})*)\}/g)) {
    result[`(${condition})`] = inner.match(/[^{}]+\{[^{}]*\}/g);
    rest = rest.replace(whole, '');
  }
  result[''] = rest.match(/[^{}\n]+\{[^{}]*\}/g) ?? [];
  return result;
}

test('the light-DOM elements get their display only; the others display:block and their measured height at the smallest width', () => {
  const rules = rulesByMedia(reservedBoxesCss(sampleElements, sampleTools, sample))[''];
  assert.ok(rules.includes('mlops-profile:not(:defined){display:contents}'));
  assert.ok(!rules.some((rule) => rule.startsWith('mlops-term')), 'the term is inline already: nothing to state');
  assert.ok(rules.includes('mlops-demographics:not(:defined),mlops-feedback:not(:defined),mlops-tool-card:not(:defined){display:block}'));
  assert.ok(rules.includes('mlops-demographics:not(:defined):not([chart]){min-height:1200px}'), 'one chart is not the whole set');
  assert.ok(rules.includes('mlops-demographics:not(:defined):is([chart="age" i]){min-height:500px}'), 'a measured single chart has its own box');
  assert.ok(rules.some((rule) => rule.includes('mlops-feedback:not(:defined):not([question]):not([scale]):not([comment])') && rule.endsWith('{min-height:250px}')));
});

test('a breakpoint states only the heights that change from the one below it', () => {
  const wide = rulesByMedia(reservedBoxesCss(sampleElements, sampleTools, sample))['(min-width:600px)'];
  assert.ok(wide.includes('mlops-demographics:not(:defined):not([chart]){min-height:1000px}'));
  assert.ok(!wide.some((rule) => rule.includes('mlops-feedback')), 'the feedback prompt is 250px at both widths');
});

test('a tool card is reserved by its tool id or name, case-insensitive and quoted; an unmeasured tool gets the median card', () => {
  const css = reservedBoxesCss(sampleElements, sampleTools, sample);
  const narrow = rulesByMedia(css)[''];
  const card = 'mlops-tool-card:not(:defined):not([variant])';
  // Alpha alone is 200px; Beta (quotes escaped) 240px; gamma's id and name are one selector.
  assert.ok(narrow.includes(`${card}:is([tool="alpha" i],[tool="Alpha" i]){min-height:200px}`));
  assert.ok(narrow.some((rule) => rule.includes(`${card}:is([tool="beta" i],[tool="Beta \\"Quoted\\"" i])`) && rule.endsWith('{min-height:240px}')));
  assert.ok(narrow.includes(`${card}:is([tool="gamma" i]){min-height:260px}`));
  assert.ok(!css.includes('delta'), 'no measurement for delta: the median rule covers it');
  // The median of 200, 240 and 260 px, for a card of any tool (the specific rules are more specific): it shares Beta's rule.
  assert.ok(narrow.some((rule) => rule.startsWith(`${card},${card}:is([tool="beta" i]`) && rule.endsWith('{min-height:240px}')));
  // At 600px alpha and beta are 180px: one rule names both.
  assert.ok(rulesByMedia(css)['(min-width:600px)'].some((rule) => rule.includes('"alpha"') && rule.includes('"beta"') && rule.endsWith('{min-height:180px}')));
});

test('the measurements are of the bundled data and cover every element of the registry and every tool at every breakpoint', () => {
  assert.equal(measured.dataSha256, sha256(dataBytes), 'data/mlops.json changed since the boxes were measured: run `npm run measure:boxes`');
  assert.deepEqual(measured.breakpoints, [...breakpoints]);
  const keys = reservedTags(elements).flatMap((tag) =>
    tag === 'mlops-tool-card'
      ? tools.map((tool) => `${tag} ${tool.id}`)
      : tag === 'mlops-demographics'
        ? [tag, ...['platforms', 'gender', 'age'].map((chart) => `${tag} ${chart}`)]
        : [tag],
  );
  for (const key of keys) {
    for (const width of breakpoints) assert.ok(measured.boxes[key]?.[width] > 0, `${key} at ${width}px is not measured: run \`npm run measure:boxes\``);
  }
});

test(
  'the build writes the stylesheet from the registry, the dataset and the measurements',
  { skip: !existsSync(join(root, 'dist/cdn', reservedBoxesFile)) && 'no build' },
  () => {
    assert.equal(readFileSync(join(root, 'dist/cdn', reservedBoxesFile), 'utf8'), reservedBoxesCss(elements, tools, measured));
  },
);

test(
  'the demo links the stylesheet in its script-only pages, and the prerendered forms leave it out',
  { skip: !existsSync(join(root, 'dist/render/index.js')) && 'no build' },
  async () => {
    const { renderPage } = await import('../../scripts/serve.js');
    const page = join(root, 'demo/docs.html');
    assert.match(readFileSync(page, 'utf8'), /<link rel="stylesheet" href="\/dist\/cdn\/mlops-elements\.css" \/>/);
    for (const mode of ['dsd', 'plain']) {
      const { html } = await renderPage(page, mode);
      assert.doesNotMatch(html, /mlops-elements\.css/, mode);
      assert.match(html, /<link rel="stylesheet" href="demo\.css" \/>\n {4}<script/, `${mode}: the link and its comment go, the head stays tidy`);
    }
  },
);

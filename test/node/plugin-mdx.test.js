// mlops-elements/rehype in MDX (Docusaurus, Next.js MDX, Astro's MDX): there the library's tags are JSX, not raw
// HTML, and the page is rendered by React. Each case compiles real MDX with @mdx-js/mdx and renders it with React's
// server renderer, as those sites do at build time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile, evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { elementsOf } from './fixtures/render/helpers.js';
import rehypeMlopsElements from '../../src/plugins/rehype.ts';

const page = `# Notes on model drift

Our feature store feeds the model drift alerts.

<mlops-tool-card tool="mlflow" />

Inline <mlops-term term="sandbox">our sandbox</mlops-term> by hand.

<mlops-demographics chart="age" heading-level="3"></mlops-demographics>

<Aside>
  <mlops-tool-card tool="kubeflow" />
</Aside>
`;

/** The MDX page as the site's HTML, and the messages the plugin left on the file. */
async function mdx(source, options, path = 'notes.mdx') {
  const messages = [];
  const rehypePlugins = [
    [rehypeMlopsElements, options],
    // The file's messages, read where the page is built (evaluate() returns the module, not the file).
    () => (_tree, file) => void messages.push(...file.messages.map((message) => message.reason)),
  ];
  const { default: Content } = await evaluate({ value: source, path }, { ...runtime, rehypePlugins });
  const html = renderToStaticMarkup(createElement(Content, { components: { Aside: (props) => createElement('aside', props) } }));
  return { html, messages };
}

const all = (html, tag) => elementsOf(html).filter((element) => element.tagName === tag);
/** The text inside a parsed element. */
const textIn = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textIn).join(''));
/** The elements of a kind inside a parsed element. */
const inside = (node, tag) => (node.childNodes ?? []).flatMap((child) => [...(child.tagName === tag ? [child] : []), ...inside(child, tag)]);
const attributeOf = (element, name) => element.attrs.find((attr) => attr.name === name)?.value;

describe('mlops-elements/rehype in MDX', () => {
  it("plain: renders the library's JSX elements (inside components too) and wraps the terms, as HTML that needs no script", async () => {
    const { html, messages } = await mdx(page, { mode: 'plain', autoTerms: 'first', glossaryHref: '/glossary/' });
    assert.deepEqual(messages, []);
    assert.equal(elementsOf(html).filter((element) => element.tagName.startsWith('mlops-')).length, 0, 'no custom element is left for a script to render');
    assert.deepEqual(
      all(html, 'article').map((card) => textIn(inside(card, 'h3')[0])),
      ['MLflow', 'Kubeflow'],
    );
    assert.deepEqual(
      all(html, 'aside').map((aside) => inside(aside, 'h3').map(textIn)),
      [['Kubeflow']],
      'the card inside a component',
    );
    const rows = all(html, 'tr').map((row) => inside(row, 'th').concat(inside(row, 'td')).map(textIn).join('|').replace(/\s/g, ' '));
    assert.ok(rows.includes('25-34|45 %'), `the age table carries the numbers: ${rows.join(', ')}`);
    assert.deepEqual(all(html, 'dfn').map(textIn), ['feature store', 'model drift', 'our sandbox']);
    const links = all(html, 'a').map((a) => attributeOf(a, 'href'));
    assert.deepEqual(links, ['/glossary/#feature-store', '/glossary/#model-drift']);
    assert.match(html, /<h1>Notes on model drift<\/h1>/, 'headings stay as written');
    assert.equal(all(html, 'script').length, 1, 'one JSON-LD block');
  });

  it('dsd: leaves the elements for the script (JSX renderers drop declarative shadow roots) and says so; terms are still wrapped', async () => {
    const { html, messages } = await mdx(page, { mode: 'dsd', autoTerms: 'first' });
    assert.equal(messages.length, 1);
    assert.match(messages[0], /mode 'dsd' cannot pass through MDX.*use mode 'plain'/);
    assert.equal(all(html, 'template').length, 0, 'no empty shadow root');
    assert.deepEqual(
      all(html, 'mlops-tool-card').map((card) => attributeOf(card, 'tool')),
      ['mlflow', 'kubeflow'],
    );
    assert.deepEqual(
      all(html, 'mlops-term').map((term) => attributeOf(term, 'term')),
      ['feature-store', 'model-drift', 'sandbox'],
    );
  });

  it('leaves an element with a {…} attribute as written, with a file message naming it', async () => {
    const file = await compile(
      { value: 'Text.\n\n<mlops-tool-card tool={"mlflow"} />\n', path: 'expr.mdx' },
      { rehypePlugins: [[rehypeMlopsElements, { mode: 'plain' }]] },
    );
    const reasons = file.messages.map((message) => message.reason);
    assert.equal(reasons.length, 1);
    assert.match(reasons[0], /<mlops-tool-card> has a \{…\} attribute, so it is left as written/);
    assert.match(String(file), /"mlops-tool-card"/, 'the JSX element is still there for the browser');
  });

  it('escapes hostile attribute values and reports an unknown tool like the element would', async () => {
    const { html, messages } = await mdx('<mlops-tool-card tool={`x`} />\n\n<mlops-tool-card tool="&quot;><script>alert(1)</script>" />\n', { mode: 'plain' });
    assert.equal(all(html, 'script').length, 0, 'no script element was written');
    assert.ok(!/<script>alert/.test(html));
    assert.ok(messages.some((message) => /left as written/.test(message)));
    assert.ok(
      messages.some((message) => /tool/i.test(message) && !/left as written/.test(message)),
      `the unknown tool is reported: ${messages.join(' / ')}`,
    );
  });

  it("works the same when the page's path is not .mdx but the tree holds MDX's nodes", async () => {
    const { html } = await mdx('<mlops-tool-card tool="feast" />\n', { mode: 'plain' }, 'page.md');
    assert.equal(all(html, 'article').length, 1);
  });
});

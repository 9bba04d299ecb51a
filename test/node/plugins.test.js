// The build plugins from their sources: mlops-elements/rehype in a unified pipeline, /markdown-it, /eleventy with a
// stand-in for Eleventy's configuration API, and the build-time auto-terms they share. (The packed plugins in real
// Eleventy, unified, markdown-it and VitePress builds: scripts/consumer-smoke.js.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { elementsOf, jsonLdOf, renderHtml, textOf } from './fixtures/render/helpers.js';
import { pluginSettings, wrapTermsInHtml } from '../../src/plugins/core.ts';
import eleventyMlopsElements from '../../src/plugins/eleventy.ts';
import markdownItMlopsElements from '../../src/plugins/markdown-it.ts';
import { fromHtml, toHtml } from '../../src/plugins/hast.ts';
import rehypeMlopsElements from '../../src/plugins/rehype.ts';

const article = `# Model drift

We watch for model drift in our feature stores. Model drift again, and \`model drift\` in code, [model drift](/x).

Inline <mlops-term term="sandbox">our sandbox</mlops-term> by hand.

<mlops-tool-card tool="mlflow"></mlops-tool-card>

<mlops-demographics chart="age"></mlops-demographics>
`;

async function rehype(markdown, options, data = {}, { raw = false } = {}) {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  if (raw) processor.use(rehypeRaw);
  const file = await processor.use(rehypeMlopsElements, options).use(rehypeStringify, { allowDangerousHtml: true }).process({ value: markdown, data });
  return { html: String(file), messages: file.messages.map(String) };
}

/** Every element of a kind. */
const all = (html, tag) => elementsOf(html).filter((element) => element.tagName === tag);
/** A term's content in short: its text, and an element child as `<tag>text</tag>`. */
const contentOf = (node) =>
  node.childNodes
    .map((child) => (child.nodeName === '#text' ? child.value : `<${child.tagName}>${textOf(child.childNodes.map((c) => c.value ?? '').join(''))}</${child.tagName}>`))
    .join('');
/** [term id, content] of every <mlops-term>. */
const termsOf = (html) => all(html, 'mlops-term').map((term) => [term.attrs.find((attr) => attr.name === 'term')?.value, contentOf(term)]);

describe('mlops-elements/rehype', () => {
  it('plain: wraps the first occurrence of each term as <dfn><abbr> linked to the glossary, renders card and chart table, one JSON-LD', async () => {
    for (const raw of [false, true]) {
      const { html, messages } = await rehype(article, { mode: 'plain', autoTerms: 'first', glossaryHref: '/glossary/' }, {}, { raw });
      assert.deepEqual(messages, []);
      assert.equal(all(html, 'mlops-term').length + all(html, 'mlops-tool-card').length, 0, 'no custom element is left');
      assert.equal(all(html, 'dfn').length, 3, 'model drift, feature stores, the hand-written sandbox');
      const links = all(html, 'a').map((a) => a.attrs.find((attr) => attr.name === 'href').value);
      assert.deepEqual(links, ['/glossary/#model-drift', '/glossary/#feature-store', '/x']);
      assert.match(html, /<h1>Model drift<\/h1>/, 'headings stay as written');
      assert.match(html, /<code>model drift<\/code>/);
      assert.equal(all(html, 'article').length, 1);
      assert.equal(all(html, 'table').length, 1);
      assert.ok(!/<p><\/p>/.test(html), 'no empty paragraphs around the rendered blocks');
      const [graph] = jsonLdOf(html);
      assert.deepEqual(
        graph['@graph'][0].hasDefinedTerm.map((term) => term.name),
        ['Model Drift', 'Feature Store', 'Sandbox'],
      );
      assert.equal(graph['@graph'][1].name, 'MLflow');
      assert.equal(jsonLdOf(html).length, 1);
    }
  });

  it('dsd: terms stay <mlops-term> (with the glossary link inside), Lit elements get declarative shadow roots', async () => {
    const { html } = await rehype(article, { autoTerms: 'all', glossaryHref: '/glossary/' });
    assert.deepEqual(termsOf(html), [
      ['model-drift', '<a>model drift</a>'],
      ['feature-store', '<a>feature stores</a>'],
      ['model-drift', '<a>Model drift</a>'],
      ['sandbox', 'our sandbox'],
    ]);
    // The wrapped terms carry glossary-href, so their bubbles link to the entry once the script took the text's link away.
    assert.deepEqual(
      all(html, 'mlops-term').map((term) => term.attrs.find((attr) => attr.name === 'glossary-href')?.value),
      ['/glossary/', '/glossary/', '/glossary/', undefined],
    );
    assert.equal(all(html, 'template').filter((template) => template.attrs.some((attr) => attr.name === 'shadowrootmode')).length, 2);
    assert.ok(textOf(html).includes('MLflow'));
    // The terms left as <mlops-term> are in the page's one JSON-LD, with the card's tool.
    const [graph] = jsonLdOf(html);
    assert.deepEqual(graph['@graph'][0].hasDefinedTerm.map((term) => term.name).sort(), ['Feature Store', 'Model Drift', 'Sandbox']);
    assert.deepEqual(
      graph['@graph'].slice(1).map((tool) => tool.name),
      ['MLflow'],
    );
  });

  it('none: only the terms are wrapped; the elements are left to the browser; front matter opts a page out', async () => {
    const { html } = await rehype(article, { mode: 'none', autoTerms: 'first' });
    assert.equal(all(html, 'mlops-term').length, 3);
    assert.match(html, /<mlops-tool-card tool="mlflow"><\/mlops-tool-card>/);
    assert.equal(all(html, 'template').length + jsonLdOf(html).length, 0);
    for (const data of [
      { frontmatter: { mlopsTerms: false } },
      { astro: { frontmatter: { mlopsTerms: false } } },
      { matter: { mlopsTerms: 'off' } },
      { mlopsTerms: false },
    ]) {
      const optedOut = await rehype(article, { mode: 'none', autoTerms: 'first' }, data);
      assert.equal(all(optedOut.html, 'mlops-term').length, 1, `only the hand-written term with ${JSON.stringify(data)}`);
    }
    const optedIn = await rehype(article, { mode: 'none' }, { frontmatter: { mlopsTerms: 'all' } });
    assert.equal(all(optedIn.html, 'mlops-term').length, 4);
  });

  it('reports what the elements would report as file messages, and checks its options when the pipeline is built', async () => {
    const { messages } = await rehype('<mlops-tool-card tool="mlfloww"></mlops-tool-card>\n', { mode: 'plain' });
    assert.equal(messages.length, 1);
    assert.match(messages[0], /mlfloww.*did you mean MLflow\?/);
    assert.throws(() => rehypeMlopsElements({ mode: 'static' }), /mode must be "dsd", "plain" or "none"/);
    assert.throws(() => rehypeMlopsElements({ autoTerms: true }), /autoTerms must be "first", "all" or false/);
    assert.throws(() => rehypeMlopsElements({ mode: 'plain', profile: { name: 3 } }), /name/);
    for (const glossaryHref of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 3]) {
      assert.throws(() => rehypeMlopsElements({ autoTerms: 'first', glossaryHref }), /glossaryHref must be a relative or http\(s\) URL/, String(glossaryHref));
      assert.throws(() => markdownItMlopsElements(new MarkdownIt(), { glossaryHref }), /glossaryHref must be a relative or http\(s\) URL/, String(glossaryHref));
    }
    for (const glossaryHref of ['/glossary/', 'glossary.html', '../glossary/', 'https://example.org/glossary/', '?page=glossary']) {
      assert.doesNotThrow(() => rehypeMlopsElements({ autoTerms: 'first', glossaryHref }), glossaryHref);
    }
  });
});

describe('mlops-elements/markdown-it', () => {
  it('renders what md.render() writes, reads the front matter from env, and keeps plurals optional', () => {
    const md = new MarkdownIt({ html: true }).use(markdownItMlopsElements, { mode: 'plain', autoTerms: 'first', jsonLd: false });
    const html = md.render(article, {});
    assert.equal(all(html, 'dfn').length, 3);
    assert.equal(all(html, 'article').length, 1);
    assert.equal(all(html, 'table').length, 1);
    assert.equal(jsonLdOf(html).length, 0);
    assert.equal(all(md.render(article, { frontmatter: { mlopsTerms: false } }), 'dfn').length, 1);
    const singular = new MarkdownIt().use(markdownItMlopsElements, { mode: 'none', autoTerms: 'all', plurals: false });
    assert.deepEqual(termsOf(singular.render('feature stores, a feature store')), [['feature-store', 'feature store']]);
  });

  it('renders dsd synchronously, as markdown-it calls it', () => {
    const md = new MarkdownIt({ html: true }).use(markdownItMlopsElements);
    assert.match(md.render('<mlops-tool-card tool="mlflow"></mlops-tool-card>\n'), /<mlops-tool-card[^>]*><template shadowroot="open" shadowrootmode="open">/);
  });
});

/** A stand-in for Eleventy's configuration API: records what the plugin adds. */
function eleventyConfig() {
  const added = { transforms: {}, shortcodes: {}, preprocessors: {}, after: [] };
  return {
    added,
    addTransform: (name, transform) => (added.transforms[name] = transform),
    addPairedShortcode: (name, shortcode) => (added.shortcodes[name] = shortcode),
    addPreprocessor: (name, extensions, preprocessor) => (added.preprocessors[name] = preprocessor),
    on: (event, listener) => added.after.push([event, listener]),
  };
}

describe('mlops-elements/eleventy', () => {
  const page = '<!doctype html><html lang="en"><head><title>T</title></head><body><p>Model drift.</p><mlops-tool-card tool="mlflow"></mlops-tool-card></body></html>';

  it('transforms HTML outputs only, adding the script once to a page that has elements for the browser', async () => {
    const config = eleventyConfig();
    eleventyMlopsElements(config, { autoTerms: 'first' });
    const transform = config.added.transforms['mlops-elements'];
    const html = await transform.call({ page: { inputPath: './post.md', outputPath: '_site/post/index.html' } }, page);
    assert.equal(html.match(/<script type="module" src="\/assets\/mlops-elements\/mlops-elements.js"><\/script>/g).length, 1);
    assert.ok(html.indexOf('mlops-elements.js') < html.indexOf('</head>'));
    assert.deepEqual(termsOf(html), [['model-drift', 'Model drift']]);
    assert.match(html, /shadowrootmode="open"/);
    // Again over its own output (a second transform pass): nothing is added twice.
    assert.equal(await transform.call({ page: { inputPath: './post.md', outputPath: '_site/post/index.html' } }, html), html);
    assert.equal(await transform.call({ page: { outputPath: '_site/feed.xml' } }, page), page);
    assert.deepEqual(
      config.added.after.map(([event]) => event),
      ['eleventy.after'],
    );
  });

  it('plain mode adds no script; front matter opts a page out; the paired shortcode renders its content', async () => {
    const config = eleventyConfig();
    eleventyMlopsElements(config, { mode: 'plain', autoTerms: 'first' });
    const transform = config.added.transforms['mlops-elements'];
    config.added.preprocessors['mlops-elements']({ page: { inputPath: './quiet.md' }, mlopsTerms: false }, '');
    const quiet = await transform.call({ page: { inputPath: './quiet.md', outputPath: '_site/quiet/index.html' } }, page);
    assert.equal(all(quiet, 'dfn').length, 0);
    assert.equal(all(quiet, 'article').length, 1);
    assert.ok(!quiet.includes('<script type="module"'));
    const loud = await transform.call({ page: { inputPath: './loud.md', outputPath: '_site/loud/index.html' } }, page);
    assert.equal(all(loud, 'dfn').length, 1);
    const card = await config.added.shortcodes.mlops('<mlops-tool-card tool="mlflow"></mlops-tool-card>');
    assert.match(card, /^<article><h3>MLflow<\/h3>/);
    assert.equal(jsonLdOf(card).length, 0);
  });
});

describe('build-time auto-terms over HTML', () => {
  it('is a renderer option too: one parse, terms in plain HTML with footnotes and in the JSON-LD', async () => {
    const html = await renderHtml('<article><h2>Model drift</h2><p>Model drift, <mlops-term>sandbox</mlops-term>, model drift.</p></article>', {
      mode: 'plain',
      autoTerms: 'first',
      footnotes: true,
    });
    assert.equal(all(html, 'dfn').length, 2);
    assert.equal(all(html, 'sup').length, 2);
    assert.match(html, /^<article><h2>Model drift<\/h2><p><dfn><abbr title="Model Drift: [^"]+">Model drift<\/abbr><\/dfn><sup>/);
    assert.deepEqual(
      jsonLdOf(html)[0]['@graph'][0].hasDefinedTerm.map((term) => term.name),
      ['Model Drift', 'Sandbox'],
    );
    await assert.rejects(renderHtml('<p></p>', { autoTerms: 'yes' }), /autoTerms must be "first", "all" or false/);
  });

  const settings = pluginSettings({ mode: 'none' });

  it('changes only the matched text, keeps every other byte, and writes text with character references as text', () => {
    const source = '<p class=x>Our  model drift &mdash; <b>model\n drift</b></p><!-- model drift --><p>Tom &amp; feature store</p>';
    const html = wrapTermsInHtml(source, settings, 'all');
    assert.equal(
      html,
      '<p class=x>Our  <mlops-term term="model-drift">model drift</mlops-term> &mdash; <b><mlops-term term="model-drift">model\n drift</mlops-term></b></p><!-- model drift --><p>Tom &amp; <mlops-term term="feature-store">feature store</mlops-term></p>'.replace(
        '&mdash;',
        '\u2014',
      ),
    );
    assert.equal(wrapTermsInHtml(source, settings, false), source);
    assert.equal(
      wrapTermsInHtml('<p>a feature store</p>', pluginSettings({ mode: 'none', glossaryHref: '/glossary/' }), 'first'),
      '<p>a <mlops-term term="feature-store" glossary-href="/glossary/"><a href="/glossary/#feature-store" data-mlops-glossary-link>feature store</a></mlops-term></p>',
    );
  });

  it('leaves the library’s elements and a whole page marked data-mlops-skip alone', () => {
    const source =
      '<mlops-tool-card tool="mlflow">model drift</mlops-tool-card><mlops-auto-terms><p>model drift</p></mlops-auto-terms><div data-mlops-skip><p>model drift</p></div>';
    assert.equal(wrapTermsInHtml(source, settings, 'all'), source);
  });
});

describe('the hast bridge', () => {
  it('writes hast as HTML with hast’s property names, text and attributes escaped, and a name HTML cannot write left out', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'mlops-term',
          properties: { className: ['a', 'b'], dataMlopsSkip: '', ariaHidden: 'true', hidden: true, open: false, term: '"><script>', 'x" onclick="y': '1' },
          children: [{ type: 'text', value: '<b>&' }],
        },
        { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: 'a > b {}' }] },
      ],
    };
    assert.equal(
      toHtml(tree),
      '<mlops-term class="a b" data-mlops-skip aria-hidden="true" hidden term="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</mlops-term><style>a > b {}</style>',
    );
    const [element] = fromHtml('<p class="x y" data-mlops-skip aria-label="l" for="f">t</p>');
    assert.deepEqual(element.properties, { className: ['x', 'y'], dataMlopsSkip: '', ariaLabel: 'l', htmlFor: 'f' });
    assert.equal(toHtml({ type: 'mdxJsxFlowElement', name: 'Tabs', children: [] }), undefined, 'MDX’s JSX has no HTML');
  });
});

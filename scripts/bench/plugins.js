// `npm run bench` (second part): the build plugins from dist/ in Node, on a generated 5,000-word article (goal: the
// plugin's own work under 50 ms) and a 500-page site through one plugin instance (the options, and a dataset given as
// `profile`, are checked once per instance, never per page). Each figure is the median of BENCH_ITERATIONS runs
// (default 15, after 3 warm-ups); the whole measurement is repeated three times and all three medians are reported,
// so their spread shows the noise of a shared machine. Each figure is the plugin's own work: the rehype transformer on
// the page's hast tree (a fresh copy each time), markdown-it's processing of what md.render() wrote, the Eleventy
// transform on the page's HTML.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const root = resolve(import.meta.dirname, '../..');
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 15);
const ROUNDS = 3;
const { default: rehypeMlopsElements } = await import(join(root, 'dist/plugins/rehype.js'));
const { default: markdownItMlopsElements } = await import(join(root, 'dist/plugins/markdown-it.js'));
const { default: eleventyMlopsElements } = await import(join(root, 'dist/plugins/eleventy.js'));
const { pluginSettings, transformHtmlSync } = await import(join(root, 'dist/plugins/core.js'));
// Given as `profile`: the bundled dataset's own JSON, so that the pages find the same terms and tools.
const sample = JSON.parse(readFileSync(join(root, 'data/mlops.json'), 'utf8'));

const sentences = [
  'Our team reviewed the quarterly plan and agreed on the next steps for the platform.',
  'The ML pipeline now runs nightly, and model drift alerts go to the on-call channel.',
  'Data cleaning used to be manual; data preprocessing is now a versioned step.',
  'A feature store keeps the features consistent between training and model serving.',
  'We use CI/CD for the training code and AutoML for the first baseline.',
  'Observability covers metrics, logs and traces, not only monitoring dashboards.',
  'Every engineer gets a sandbox, and model retraining runs on fresh data each week.',
];

/** Markdown of about `words` words: paragraphs of prose with the glossary's terms, headings, code, links, a card and a chart. */
function markdown(words, seed = 0) {
  const blocks = [];
  let count = 0;
  for (let paragraph = 0; count < words; paragraph++) {
    if (paragraph % 8 === 0) blocks.push(`## Part ${paragraph / 8 + 1}: model drift and feature stores`);
    const text = Array.from({ length: 6 }, (_, i) => sentences[(paragraph + i + seed) % sentences.length]);
    count += text.join(' ').split(/\s+/).length;
    blocks.push(`${text.slice(0, 3).join(' ')} *${text[3]}* See [the sandbox notes](/notes/) and \`model drift\`. ${text.slice(4).join(' ')}`);
  }
  blocks.splice(3, 0, '<mlops-tool-card tool="mlflow"></mlops-tool-card>', '<mlops-demographics chart="age"></mlops-demographics>');
  return { text: blocks.join('\n\n'), words: count };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median milliseconds of `run` (awaited), after warm-ups; `prepare` makes its input outside the timing. */
async function time(run, prepare = () => undefined) {
  for (let i = 0; i < 3; i++) await run(prepare());
  const samples = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const input = prepare();
    const start = performance.now();
    await run(input);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const pipeline = (options) => {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  if (options) processor.use(rehypeMlopsElements, options);
  return processor.use(rehypeStringify, { allowDangerousHtml: true });
};

/** A stand-in for Eleventy's configuration API: the plugin's transform. */
function eleventyTransform(options) {
  let transform;
  eleventyMlopsElements({ addTransform: (name, fn) => (transform = fn), addPairedShortcode() {}, addPreprocessor() {}, on() {} }, { ...options, scriptPath: false });
  return (html) => transform.call({ page: { inputPath: './post.md', outputPath: '_site/post/index.html' } }, html);
}

const configurations = [
  ['dsd, autoTerms first', { autoTerms: 'first', glossaryHref: '/glossary/' }],
  ['plain, autoTerms first', { mode: 'plain', autoTerms: 'first', glossaryHref: '/glossary/' }],
  ['dsd, autoTerms all', { autoTerms: 'all' }],
];

const article = markdown(5000);
const articleHtml = new MarkdownIt({ html: true }).render(article.text);
const bare = pipeline();
const articleTree = await bare.run(bare.parse(article.text));
console.log(`Build plugins, ${article.words}-word article (${(article.text.length / 1000).toFixed(0)} KB of Markdown), median of ${ITERATIONS} runs, three rounds:`);
const results = [];
for (const [name, options] of configurations) {
  const rounds = { rehype: [], 'markdown-it': [], eleventy: [] };
  const transformer = rehypeMlopsElements(options);
  // What markdown-it's plugin does to md.render()'s output (its module loads the server renderer).
  new MarkdownIt().use(markdownItMlopsElements, options);
  const settings = pluginSettings(options);
  const transform = eleventyTransform(options);
  for (let round = 0; round < ROUNDS; round++) {
    rounds.rehype.push(
      await time(
        (tree) => transformer(tree, { data: {} }),
        () => structuredClone(articleTree),
      ),
    );
    rounds['markdown-it'].push(await time(() => transformHtmlSync(articleHtml, settings, {})));
    rounds.eleventy.push(await time(() => transform(articleHtml)));
  }
  for (const [plugin, values] of Object.entries(rounds)) {
    const worst = Math.max(...values);
    results.push(worst < 50);
    console.log(
      `  ${plugin.padEnd(12)} ${name.padEnd(24)} ${values.map((value) => value.toFixed(1).padStart(6)).join(' ')} ms  (spread ${(worst - Math.min(...values)).toFixed(1)} ms; goal < 50 ms: ${worst < 50 ? 'met' : 'MISSED'})`,
    );
  }
}

// A 500-page site: 500 pages of about 500 words, through one plugin instance each, as a site generator runs them.
const pages = Array.from({ length: 500 }, (_, index) => markdown(500, index).text);
console.log('500-page site (about 500 words a page), one plugin instance, total seconds in three rounds:');
for (const [name, options] of [
  ['plain, bundled dataset', { mode: 'plain', autoTerms: 'first' }],
  ['plain, profile given', { mode: 'plain', autoTerms: 'first', profile: sample }],
]) {
  const totals = { rehype: [], 'markdown-it': [] };
  for (let round = 0; round < ROUNDS; round++) {
    const processor = pipeline(options);
    const md = new MarkdownIt({ html: true }).use(markdownItMlopsElements, options);
    let start = performance.now();
    for (const page of pages) await processor.process(page);
    totals.rehype.push((performance.now() - start) / 1000);
    start = performance.now();
    for (const page of pages) md.render(page);
    totals['markdown-it'].push((performance.now() - start) / 1000);
  }
  for (const [plugin, values] of Object.entries(totals)) {
    console.log(
      `  ${plugin.padEnd(12)} ${name.padEnd(24)} ${values.map((value) => value.toFixed(2).padStart(6)).join(' ')} s  (${((median(values) / 500) * 1000).toFixed(1)} ms a page)`,
    );
  }
}
// What checking the dataset once costs: were it done per page, the "profile given" rows would be 500 times this higher.
const check = await time(() => rehypeMlopsElements({ mode: 'plain', profile: structuredClone(sample) }));
console.log(`  checking a given dataset (once per plugin instance, not per page): ${check.toFixed(2)} ms`);
console.log(
  `  load average while measuring: ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')} on ${os.cpus().length} cores`,
);
console.log(`plugins: ${results.filter(Boolean).length} of ${results.length} article figures under 50 ms in every round`);

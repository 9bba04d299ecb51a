// Part of `npm run test:consumers`: the build plugins from the packed tarball in real builds. One app installs
// Eleventy 3, unified (remark → rehype), markdown-it and VitePress; the snippets of docs/build-plugins.md for each plugin (found by
// the file name on their first line) are written as they are and run on the same Markdown; every page they make is
// then opened in Chromium with JavaScript off (wrapped terms, the card, the chart's table, the glossary links) and on
// (the elements upgrade, the terms explain themselves, no console error). Eleventy also builds a glossary page, which
// the terms' glossaryHref links land on, and a page that opts out of auto-terms in its front matter.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { serveStatic } from './storybook-smoke.js';

/** The plugin snippets of docs/build-plugins.md, by the file name on their first line: `// eleventy.config.js`. */
export const PLUGIN_SNIPPETS = ['eleventy.config.js', 'build-unified.js', 'build-markdown-it.js', 'docs/.vitepress/config.js'];

const article = `# Watching for model drift

Our dashboards missed the model drift for weeks; feature stores would have caught it. Model drift is no bug.

<mlops-tool-card tool="mlflow"></mlops-tool-card>

<mlops-demographics chart="age"></mlops-demographics>
`;

/** In the page: what a reader gets, in the given mode. */
function inspect(mode) {
  const all = (selector, root = document) => [...root.querySelectorAll(selector)];
  const shown = (element) => element.getClientRects().length > 0;
  const plain = mode === 'plain';
  const terms = plain ? all('dfn abbr') : all('mlops-term');
  const cards = plain
    ? all('article').filter((article) => /MLflow/.test(article.querySelector('h2, h3, h4')?.textContent ?? ''))
    : all('mlops-tool-card').filter((card) => /MLflow/.test(card.shadowRoot?.textContent ?? ''));
  const tables = plain ? all('figure table') : all('mlops-demographics').flatMap((chart) => (chart.shadowRoot ? all('table', chart.shadowRoot) : []));
  return {
    terms: terms.filter(shown).map((term) => term.textContent.trim()),
    glossaryLinks: all('a[href*="glossary"]').length,
    cards: cards.filter(shown).length,
    tableRows: tables.reduce((sum, table) => sum + table.rows.length, 0),
    defined: all('*').filter((element) => element.localName.startsWith('mlops-') && customElements.get(element.localName)).length,
    // A term that works: its script runs and it is its own trigger (or has its shadow root).
    workingTerms: all('mlops-term').filter((term) => term.matches(':state(trigger)') || term.shadowRoot).length,
  };
}

/** Opens a page with JavaScript off, then on; returns both readings and the console errors. */
async function readPage(browser, url, mode, ready) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'load' });
    const off = await page.evaluate(inspect, mode);
    await page.setJavaScriptEnabled(true);
    await page.goto(url, { waitUntil: 'load' });
    if (ready) await page.waitForFunction(ready, { timeout: 20000, polling: 100 }).catch(() => errors.push('the page never got ready with JavaScript on'));
    const on = await page.evaluate(inspect, mode);
    return { off, on, errors, page };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** What every page must show with JavaScript off: the two wrapped terms (first use only), the card, the chart's table. */
function judgeOff({ off }, { links = true } = {}) {
  const problems = [];
  if (off.terms.join('|') !== 'model drift|feature stores') problems.push(`wrapped terms ${JSON.stringify(off.terms)}`);
  if (links && off.glossaryLinks < 2) problems.push(`${off.glossaryLinks} glossary links`);
  if (off.cards !== 1) problems.push(`${off.cards} MLflow cards`);
  if (off.tableRows < 8) problems.push(`${off.tableRows} chart table rows`);
  if (off.defined) problems.push(`${off.defined} elements defined with JavaScript off`);
  return problems;
}

const pageOf = (fragment, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>
${script ? '<script type="module" src="/mlops-elements/dist/cdn/mlops-elements.js"></script>' : ''}</head><body><main>${fragment}</main></body></html>`;

export async function pluginSites(work, tarball, packageDir, { run, record, write, readmeBlocks, version }) {
  const app = join(work, 'plugins');
  const snippets = Object.fromEntries(
    PLUGIN_SNIPPETS.map((file) => [file, readmeBlocks('js').find(({ code }) => code.startsWith(`// ${file}\n`))?.code]).filter(([, code]) => code),
  );
  const missing = PLUGIN_SNIPPETS.filter((file) => !snippets[file]);
  record("build plugins: the docs' snippets for Eleventy, unified, markdown-it and VitePress", !missing.length, missing.length ? `missing: ${missing.join(', ')}` : '');
  write(app, {
    'package.json': JSON.stringify(
      {
        name: 'consumer-plugins',
        private: true,
        type: 'module',
        dependencies: {
          'mlops-elements': `file:${tarball}`,
          // The renderer's packages, optional peers of mlops-elements that the plugins need (docs/build-plugins.md).
          '@lit-labs/ssr': version('@lit-labs/ssr'),
          parse5: version('parse5'),
          '@11ty/eleventy': '3.1.8',
          unified: version('unified'),
          'remark-parse': version('remark-parse'),
          'remark-rehype': version('remark-rehype'),
          'rehype-stringify': version('rehype-stringify'),
          'markdown-it': version('markdown-it'),
          vitepress: '1.6.4',
        },
      },
      null,
      2,
    ),
    ...snippets,
    'post.md': article,
    // Eleventy: a layout, the post, the glossary its links land on, and a page that opts out.
    '_includes/base.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content }}</main></body></html>\n',
    'posts/drift.md': `---\nlayout: base.html\ntitle: Drift\n---\n${article}`,
    'posts/quiet.md': `---\nlayout: base.html\ntitle: Quiet\nmlopsTerms: false\n---\n${article}`,
    'glossary.md': '---\nlayout: base.html\ntitle: Glossary\n---\n<mlops-glossary></mlops-glossary>\n',
    'docs/index.md': article,
  });
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
  record('build plugins: npm install (Eleventy 3, unified, markdown-it, VitePress and the tarball)', true, `${install.seconds} s`);

  const eleventy = run('npx', ['--no-install', '@11ty/eleventy', '--input=.', '--output=_site', '--quiet'], app);
  const unified = run('node', ['build-unified.js'], app);
  const markdownIt = run('node', ['build-markdown-it.js'], app);
  const vitepress = run('npx', ['--no-install', 'vitepress', 'build', 'docs'], app);
  record(
    'build plugins: the four builds ran',
    true,
    `Eleventy ${eleventy.seconds} s, unified ${unified.seconds} s, markdown-it ${markdownIt.seconds} s, VitePress ${vitepress.seconds} s`,
  );

  // One site to serve them all: the builds' pages beside the package's CDN files.
  const site = join(app, '_site');
  write(site, {
    'unified.html': pageOf(readFileSync(join(app, 'post-unified.html'), 'utf8'), false),
    'markdown-it.html': pageOf(readFileSync(join(app, 'post-markdown-it.html'), 'utf8'), true),
  });
  cpSync(packageDir, join(site, 'mlops-elements'), { recursive: true });
  const server = await serveStatic(site);
  const base = `http://127.0.0.1:${server.address().port}`;
  // VitePress's pages load its assets from the root of their own site.
  const vitepressServer = await serveStatic(join(app, 'docs/.vitepress/dist'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  const upgraded = () => [...document.querySelectorAll('mlops-term')].every((term) => term.matches(':state(trigger)') || term.shadowRoot);
  try {
    const check = async (name, url, mode, { ready, judgeOn, links } = {}) => {
      const reading = await readPage(browser, url, mode, ready);
      const problems = [...judgeOff(reading, { links }), ...(judgeOn?.(reading.on) ?? []), ...reading.errors];
      record(
        `build plugins: ${name}, JavaScript off and on`,
        !problems.length,
        problems.join('; ') || `${reading.off.terms.length} terms, 1 card, ${reading.off.tableRows} table rows without script`,
      );
      return reading.page;
    };
    const dsdOn = (on) => [
      ...(on.workingTerms === 2 ? [] : [`${on.workingTerms} working terms with JavaScript on`]),
      ...(on.glossaryLinks === 0 ? [] : [`${on.glossaryLinks} glossary links left inside working terms`]),
      ...(on.cards === 1 && on.tableRows >= 8 ? [] : ['card or table gone after hydration']),
    ];
    const post = await check('Eleventy (dsd, transform, script tag)', `${base}/posts/drift/`, 'dsd', { ready: upgraded, judgeOn: dsdOn });
    const scripts = await post.$$eval('script[src$="mlops-elements.js"]', (found) => found.length);
    record('build plugins: Eleventy added the script tag once', scripts === 1, `${scripts} script tags`);
    // The term's glossaryHref link, as a reader without JavaScript follows it, lands on the highlighted entry.
    await post.goto(`${base}/glossary/#model-drift`, { waitUntil: 'load' });
    const landed = await post
      .waitForFunction(() => document.querySelector('mlops-glossary')?.shadowRoot?.getElementById('model-drift')?.hasAttribute('data-targeted'), { timeout: 20000 })
      .then(() => true)
      .catch(() => false);
    record('build plugins: Eleventy glossary page: /glossary/#model-drift lands on the entry, highlighted', landed);
    await post.close();
    const quiet = readFileSync(join(site, 'posts/quiet/index.html'), 'utf8');
    record('build plugins: Eleventy page with mlopsTerms: false has no wrapped terms', !quiet.includes('<mlops-term') && quiet.includes('shadowrootmode'));
    await (await check('unified + rehype (plain)', `${base}/unified.html`, 'plain')).close();
    await (await check('markdown-it (dsd)', `${base}/markdown-it.html`, 'dsd', { ready: upgraded, judgeOn: dsdOn })).close();
    await (
      await check('VitePress (plain)', `http://127.0.0.1:${vitepressServer.address().port}/`, 'plain', { ready: () => document.querySelector('#app')?.__vue_app__ })
    ).close();
  } finally {
    await browser.close();
    server.close();
    vitepressServer.close();
  }
}

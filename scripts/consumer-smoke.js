// `npm run test:consumers` (after `npm run build`): uses the package the way its users will, from the
// tarball `npm pack` makes, in fresh folders under the system's temp directory:
//   a) plain HTML: the CDN files from the unpacked package by script tag, under a strict CSP, in Chromium;
//   b) Vite + TypeScript: imports from the package, type-checks HTMLElementTagNameMap and event types
//      (and every ```js/```ts snippet of README.md and docs/*.md, and their inline module scripts), builds,
//      then opens the built app in Chromium; runs the README's Eleventy SSR snippet in Node;
//   c) React 19: `mlops-elements/react` wrappers and the tags in JSX, type-checked, built, opened, with none of
//      the optional peers installed (the command line names the renderer's packages it lacks);
//   d) the build plugins in Eleventy, unified, markdown-it and VitePress builds (scripts/consumer-plugins.js);
//   e) Vue 3 and Svelte 5: the generated tag types checked by vue-tsc and svelte-check, with a wrong
//      attribute value and an unknown event that must fail; a Vue app and a Svelte app built with Vite
//      and opened in Chromium (./consumers/framework-types.js).
// Each check prints one line; the last line sums them up. Exits non-zero on any failure.
// Packages come from npm's cache when they are there (--prefer-offline). KEEP_CONSUMERS=1 keeps the folders;
// CONSUMERS="build plugins" (names from main(), comma-separated) runs only those apps.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { PLUGIN_SNIPPETS, pluginSites } from './consumer-plugins.js';
import { frameworkTypesApp } from './consumers/framework-types.js';
import { serveStatic } from './storybook-smoke.js';

const root = resolve(import.meta.dirname, '..');
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = (name) => own.devDependencies[name] ?? own.dependencies[name];
/** The version this repo has installed (for packages it only has as dependencies of dependencies). */
const installedVersion = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs a command; on failure prints its output and throws. */
function run(command, args, cwd, what = `${command} ${args.join(' ')}`) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (result.status !== 0) {
    process.stdout.write(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n'));
    throw new Error(`${what} failed (exit ${result.status})`);
  }
  return { output: `${result.stdout}${result.stderr}`, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function write(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The fenced blocks of the README and the docs pages (docs/*.md) in the given languages, in order. */
function readmeBlocks(...languages) {
  const blocks = [];
  const matcher = /^```(\S*)\s*\n([\s\S]*?)^```\s*$/gm;
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'docs', name));
  for (const file of [join(root, 'README.md'), ...docs]) {
    for (const match of readFileSync(file, 'utf8').matchAll(matcher)) {
      if (languages.includes(match[1])) blocks.push({ language: match[1], code: match[2] });
    }
  }
  return blocks;
}

/** Opens `url` in Chromium and runs `check` (evaluated in the page) until it returns a result. */
async function inBrowser(url, check) {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(check, { timeout: 20000, polling: 100 }).catch((error) => {
      errors.push(`the page never passed its check (${error.message.split('\n')[0]})`);
      return undefined;
    });
    return { value: handle ? await handle.jsonValue() : undefined, errors };
  } finally {
    await browser.close();
  }
}

/**
 * In the page: every mlops element is defined and has rendered (its shadow root; a known
 * <mlops-term> is its own trigger until first opened, with no shadow root); returns their tags.
 */
const renderedCheck = () => {
  const isRendered = (element) => element.shadowRoot?.childNodes.length || (element.localName === 'mlops-term' && element.matches(':state(trigger)'));
  const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('mlops-'));
  const ready = elements.length > 0 && elements.every((element) => customElements.get(element.localName) && isRendered(element));
  return ready && elements.map((element) => `${element.localName}: ${((element.shadowRoot ?? element).textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`);
};

async function plainHtml(work, packageDir) {
  const site = join(work, 'plain-html');
  mkdirSync(site);
  run('cp', ['-r', packageDir, join(site, 'mlops-elements')], work);
  const elements = `
    <p>Our dashboards missed the <mlops-term>model drift</mlops-term> for weeks.</p>
    <mlops-tool-card tool="mlflow"></mlops-tool-card>
    <mlops-tool-grid tag="Kubernetes Native" variant="compact"></mlops-tool-grid>
    <mlops-demographics chart="age"></mlops-demographics>
    <mlops-feedback></mlops-feedback>`;
  write(site, {
    'all.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title>
      <script type="module" src="mlops-elements/dist/cdn/mlops-elements.js"></script></head><body>${elements}</body></html>`,
    // One file per element, as a page that needs only some of them loads them (they share chunks).
    'each.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title>
      ${['mlops-term', 'mlops-tool-card', 'mlops-tool-grid', 'mlops-demographics', 'mlops-feedback']
        .map((name) => `<script type="module" src="mlops-elements/dist/cdn/${name}.js"></script>`)
        .join('\n')}</head><body>${elements}</body></html>`,
  });
  // Served with the strict policy the README promises to work under.
  const server = await serveStatic(site, { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" });
  try {
    for (const page of ['all.html', 'each.html']) {
      const { value, errors } = await inBrowser(`http://127.0.0.1:${server.address().port}/${page}`, renderedCheck);
      record(
        `plain HTML (${page}): CDN files by script tag under a strict CSP`,
        !errors.length && Boolean(value),
        errors.join('; ') || `${value.length} elements rendered`,
      );
    }
  } finally {
    server.close();
  }
}

const tsconfigBase = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  // Our declarations and their imports (Lit, @lit/react) are checked too.
  skipLibCheck: false,
  allowJs: true,
  checkJs: true,
  resolveJsonModule: true,
  isolatedModules: true,
  types: [],
};

/** Minimal types of packages the README's framework recipes import but these apps do not install. */
const recipeStubs = `declare module '@vitejs/plugin-vue' {
  interface Options { template?: { compilerOptions?: { isCustomElement?: (tag: string) => boolean } } }
  export default function vue(options?: Options): import('vite').Plugin;
}
`;

async function viteApp(work, tarball) {
  const app = join(work, 'vite-ts');
  // The build plugins' snippets run in their own builds (scripts/consumer-plugins.js), with the packages they import.
  const snippets = readmeBlocks('js', 'ts').filter(({ code }) => !PLUGIN_SNIPPETS.some((file) => code.startsWith(`// ${file}\n`)));
  // The README's inline module scripts (```html) are code too: their imports must resolve.
  const inlineScripts = readmeBlocks('html').flatMap(({ code }) => [...code.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]));
  write(app, {
    'package.json': JSON.stringify(
      {
        name: 'consumer-vite-ts',
        private: true,
        type: 'module',
        dependencies: { 'mlops-elements': `file:${tarball}`, '@lit-labs/ssr': version('@lit-labs/ssr') },
        // @types/node: the README's vite.config.js recipe pulls in Vite's Node-facing types.
        devDependencies: { vite: version('vite'), typescript: version('typescript'), '@types/node': installedVersion('@types/node') },
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify({ compilerOptions: { ...tsconfigBase, types: ['node'] }, include: ['src'] }, null, 2),
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vite consumer</title></head>
      <body><main id="app"></main><script type="module" src="/src/main.ts"></script></body></html>`,
    'src/main.ts': `import 'mlops-elements/define/mlops-tool-card';
import 'mlops-elements/define/mlops-feedback';
import { findTool, MlopsToolCard, type MlopsErrorDetail } from 'mlops-elements';
import { MlopsDemographics } from 'mlops-elements/elements/demographics';
import { bundledTools } from 'mlops-elements/data';
import manifest from 'mlops-elements/custom-elements.json';

// HTMLElementTagNameMap: createElement returns the element's class.
const card: MlopsToolCard = document.createElement('mlops-tool-card');
card.tool = findTool('MLflow')?.id ?? 'mlflow';
card.variant = 'compact';
// @ts-expect-error: the variant is 'full' | 'compact'
card.variant = 'huge';
card.variant = 'full';
// Event types from GlobalEventHandlersEventMap.
card.addEventListener('mlops-error', (event) => {
  const detail: MlopsErrorDetail = event.detail;
  console.warn(detail.code, detail.suggestion ?? '');
});
const feedback = document.createElement('mlops-feedback');
feedback.addEventListener('mlops-feedback-submit', (event) => {
  const rating: number = event.detail.rating;
  // @ts-expect-error: the payload has no such field
  console.log(rating, event.detail.stars);
});
const chartClass: typeof MlopsDemographics = MlopsDemographics;
document.querySelector('#app')!.append(card, feedback);
document.body.dataset.tools = String(bundledTools.length);
document.body.dataset.manifest = String(manifest.modules.length > 0 && typeof chartClass === 'function');
`,
    'src/recipe-stubs.d.ts': recipeStubs,
    ...Object.fromEntries(snippets.map((snippet, index) => [`src/readme/snippet-${index + 1}.${snippet.language}`, snippet.code])),
    ...Object.fromEntries(inlineScripts.map((code, index) => [`src/readme/inline-script-${index + 1}.ts`, `${code}\nexport {};\n`])),
    'ssr-smoke.js': `// Runs the README's Eleventy recipe: the paired shortcode must server-render an element.
import { readdirSync, readFileSync } from 'node:fs';
const file = readdirSync('src/readme').find((name) => readFileSync('src/readme/' + name, 'utf8').includes('addPairedShortcode'));
if (!file) throw new Error('README has no Eleventy snippet');
const { default: configure } = await import('./src/readme/' + file);
const shortcodes = {};
configure({ addPairedShortcode: (name, fn) => (shortcodes[name] = fn) });
const html = await shortcodes.mlops('<mlops-tool-card tool="mlflow"></mlops-tool-card>');
if (!html.includes('shadowrootmode="open"') || !html.includes('MLflow')) throw new Error('no server-rendered card in: ' + html.slice(0, 300));
console.log('eleventy shortcode rendered', html.length, 'characters');
`,
  });
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
  record('vite + ts: npm install of the tarball', true, `${install.seconds} s`);
  run('npx', ['--no-install', 'tsc', '-p', '.'], app);
  record('vite + ts: tsc (HTMLElementTagNameMap, event types, exports map)', true, `${snippets.length} README js/ts snippets, ${inlineScripts.length} inline scripts`);
  run('node', ['ssr-smoke.js'], app);
  record("vite + ts: README's Eleventy SSR recipe renders in Node", true);
  run('npx', ['--no-install', 'vite', 'build'], app);
  const server = await serveStatic(join(app, 'dist'));
  try {
    const { value, errors } = await inBrowser(`http://127.0.0.1:${server.address().port}/`, renderedCheck);
    record('vite + ts: built app renders in Chromium', !errors.length && Boolean(value), errors.join('; ') || value.join(' | '));
  } finally {
    server.close();
  }
  // Nothing the README's Vue recipe needs from this package is missing either (the JSON settings paths),
  // nor the JSON Schema the README's dataset names.
  for (const { code } of readmeBlocks('json')) {
    const settings = JSON.parse(code);
    if (settings.$schema) record(`vite + ts: README's dataset $schema ${settings.$schema} exists`, existsSync(join(app, settings.$schema)));
    for (const path of [...(settings['html.customData'] ?? []), ...(settings['css.customData'] ?? [])]) {
      record(`vite + ts: README's VS Code setting ${path} exists`, existsSync(join(app, path)));
    }
  }
}

async function reactApp(work, tarball) {
  const app = join(work, 'react-19');
  const snippets = readmeBlocks('tsx');
  write(app, {
    'package.json': JSON.stringify(
      {
        name: 'consumer-react',
        private: true,
        type: 'module',
        dependencies: {
          'mlops-elements': `file:${tarball}`,
          '@lit/react': version('@lit/react'),
          react: version('react'),
          'react-dom': version('react-dom'),
        },
        devDependencies: {
          vite: version('vite'),
          typescript: version('typescript'),
          '@types/react': version('@types/react'),
          '@types/react-dom': version('@types/react-dom'),
        },
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify({ compilerOptions: { ...tsconfigBase, jsx: 'react-jsx' }, include: ['src'] }, null, 2),
    'vite.config.js': `export default { oxc: { jsx: { runtime: 'automatic' } } };\n`,
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React consumer</title></head>
      <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>`,
    'src/main.tsx': `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MlopsAutoTerms, MlopsDemographics, MlopsFeedback, MlopsTerm, MlopsToolCard, MlopsToolGrid, type MlopsErrorDetail } from 'mlops-elements/react';
import 'mlops-elements/define/mlops-profile';

function App() {
  const [errors, setErrors] = useState<MlopsErrorDetail[]>([]);
  const onError = (event: CustomEvent<MlopsErrorDetail>) => setErrors((seen) => [...seen, event.detail]);
  return (
    <main data-errors={errors.length}>
      <p>
        Wrapper: <MlopsTerm term="model-drift" onMlopsTermOpen={(event) => console.log(event.detail.term.insider)} onMlopsError={onError}>drift</MlopsTerm>.
        Tag: <mlops-term term="feature-store" open-delay={100} onmlops-term-open={(event) => console.log(event.detail.term.id)}>feature store</mlops-term>.
      </p>
      <MlopsAutoTerms onMlopsAutoTermsScan={(event) => console.log(event.detail.count)}>
        <p>Retrain when you see model drift.</p>
      </MlopsAutoTerms>
      <MlopsToolCard tool="mlflow" variant="compact" headingLevel={2} onMlopsError={onError} />
      <mlops-tool-card tool="kserve" variant="full" heading-level={3} onmlops-error={onError}></mlops-tool-card>
      <MlopsToolGrid tag="Model Serving" variant="compact" />
      <MlopsDemographics chart="gender" />
      <MlopsFeedback scale="thumbs" onMlopsFeedbackSubmit={(event) => console.log(event.detail.rating)} />
      <mlops-profile>
        <mlops-feedback scale="5" onmlops-feedback-submit={(event) => console.log(event.detail.comment)}></mlops-feedback>
      </mlops-profile>
      {/* @ts-expect-error: the variant is 'full' | 'compact' */}
      <MlopsToolCard tool="mlflow" variant="huge" />
      {/* @ts-expect-error: the variant is 'full' | 'compact' */}
      <mlops-tool-card tool="mlflow" variant="huge"></mlops-tool-card>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
`,
    ...Object.fromEntries(snippets.map((snippet, index) => [`src/readme/snippet-${index + 1}.tsx`, snippet.code])),
  });
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
  record('react 19: npm install of the tarball', true, `${install.seconds} s`);
  optionalPeersStayOptional(app);
  run('npx', ['--no-install', 'tsc', '-p', '.'], app);
  record('react 19: tsc (wrappers with typed onMlops… props, JSX types for the tags)', true, `${snippets.length} README tsx snippets`);
  run('npx', ['--no-install', 'vite', 'build'], app);
  const server = await serveStatic(join(app, 'dist'));
  try {
    const { value, errors } = await inBrowser(`http://127.0.0.1:${server.address().port}/`, () => {
      const main = document.querySelector('main');
      const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('mlops-'));
      const isRendered = (element) => element.shadowRoot?.childNodes.length || (element.localName === 'mlops-term' && element.matches(':state(trigger)'));
      const ready = elements.length >= 8 && elements.every((element) => customElements.get(element.localName) && isRendered(element));
      // Everything but the two deliberately wrong variants renders without an mlops-error.
      return ready && main && { elements: elements.length, errors: Number(main.dataset.errors) };
    });
    const ok = !errors.length && value && value.errors === 0;
    record('react 19: built app renders in Chromium', Boolean(ok), errors.join('; ') || `${value?.elements} elements, ${value?.errors} mlops-error events`);
  } finally {
    server.close();
  }
}

/**
 * The React app installs none of the optional peers: the tarball brings Lit, @lit/context and zod alone, the app
 * builds without Lit's hydration support (the next steps), `validate` runs without the renderer's packages, and
 * `render` says which to install instead of failing on an import.
 */
function optionalPeersStayOptional(app) {
  const peers = ['@lit-labs/ssr-client', '@lit-labs/ssr', 'parse5'];
  const installed = peers.filter((name) => existsSync(join(app, 'node_modules', name)));
  record(
    'react 19: the optional peers are not installed with the tarball',
    !installed.length,
    installed.length ? `installed: ${installed.join(', ')}` : peers.join(', '),
  );
  const command = (...args) => spawnSync('npx', ['--no-install', 'mlops-elements', ...args], { cwd: app, encoding: 'utf8' });
  const validate = command('validate', 'node_modules/mlops-elements/data/mlops.json');
  record(
    'react 19: `mlops-elements validate` runs without the renderer’s packages',
    validate.status === 0,
    `exit ${validate.status}: ${`${validate.stdout}${validate.stderr}`.trim().split('\n').at(-1)}`,
  );
  writeFileSync(join(app, 'page.html'), '<mlops-tool-card tool="mlflow"></mlops-tool-card>\n');
  const render = command('render', 'page.html', '--mode', 'plain');
  const named = /needs parse5, an optional peer dependency .*npm install --save-dev parse5 @lit-labs\/ssr/.test(render.stderr);
  record('react 19: `mlops-elements render` without parse5 names what to install', render.status === 2 && named, `exit ${render.status}: ${render.stderr.trim()}`);
}

async function main() {
  if (!existsSync(join(root, 'dist/cdn/mlops-elements.js')) || !existsSync(join(root, 'dist/react/index.js'))) {
    console.error('dist/ is missing or incomplete: run `npm run build` first.');
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'mlops-consumers-'));
  try {
    const packed = run('npm', ['pack', '--pack-destination', work, '--json'], root);
    const [{ filename, size, entryCount }] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
    const tarball = join(work, filename);
    record('npm pack', true, `${filename}: ${entryCount} files, ${(size / 1000).toFixed(1)} kB`);
    mkdirSync(join(work, 'unpacked'));
    run('tar', ['-xzf', tarball, '-C', join(work, 'unpacked')], work);
    const packageDir = join(work, 'unpacked', 'package');
    const maps = readdirSync(join(packageDir, 'dist'), { recursive: true }).filter((file) => String(file).endsWith('.map'));
    record('package holds no source maps and no sources', maps.length === 0 && !existsSync(join(packageDir, 'src')));
    for (const [name, check] of [
      ['plain HTML', () => plainHtml(work, packageDir)],
      ['vite + ts', () => viteApp(work, tarball)],
      ['react 19', () => reactApp(work, tarball)],
      ['build plugins', () => pluginSites(work, tarball, packageDir, { run, record, write, readmeBlocks, version })],
      ['vue + svelte', () => frameworkTypesApp(work, tarball, { run, write, record, version, inBrowser, serveStatic })],
    ].filter(([name]) => !process.env.CONSUMERS || process.env.CONSUMERS.split(',').includes(name))) {
      try {
        await check();
      } catch (error) {
        record(`${name}: ${error.message}`, false);
      }
    }
  } finally {
    if (process.env.KEEP_CONSUMERS) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(
    `consumers: ${failed ? `${failed} of ${results.length} checks FAILED` : `all ${results.length} checks ok`} (plain HTML, Vite + TypeScript, React 19, build plugins, Vue and Svelte apps)`,
  );
  process.exit(failed ? 1 : 0);
}

await main();

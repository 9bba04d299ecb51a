/**
 * Two copies of the library on one page: the CDN bundle (/dist/cdn/mlops-elements.js) and the npm
 * build's registration modules (/dist/define/*.js, whose bare `lit` imports the test server
 * resolves). Each scenario runs in a fresh frame, so it starts with an empty element registry.
 * `npm test` builds dist/ first; run `npm run build` when iterating on this file alone.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/internal/version.js';
import { until } from '../helpers/wait.js';

const TAGS = {
  'mlops-term': 'MlopsTerm',
  'mlops-tool-card': 'MlopsToolCard',
  'mlops-tool-grid': 'MlopsToolGrid',
  'mlops-demographics': 'MlopsDemographics',
  'mlops-feedback': 'MlopsFeedback',
  'mlops-profile': 'MlopsProfile',
} as const;
type Tag = keyof typeof TAGS;
const tags = Object.keys(TAGS) as Tag[];

const CDN = '/dist/cdn/mlops-elements.js';
const NPM_DEFINES = tags.map((tag) => `/dist/define/${tag}.js`);
const OTHER_VERSION = '0.0.0-other';

type FrameWindow = Window & typeof globalThis & { __npm?: Record<string, CustomElementConstructor> };

interface Page {
  win: FrameWindow;
  doc: Document;
  /** Console warnings and uncaught errors inside the frame. */
  warnings: string[];
  errors: string[];
}

const frames: HTMLIFrameElement[] = [];

/** A blank same-origin frame with its console warnings and errors recorded. */
function blankPage(): Page {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow as FrameWindow;
  const page: Page = { win, doc: frame.contentDocument!, warnings: [], errors: [] };
  win.console.warn = (...args: unknown[]) => void page.warnings.push(args.map(String).join(' '));
  win.addEventListener('error', (event) => void page.errors.push(event.message || 'error'));
  win.addEventListener('unhandledrejection', (event) => void page.errors.push(String(event.reason)));
  return page;
}

/** Adds a module script to the frame and resolves once it and its imports have run. */
function load(page: Page, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = new URL(path, location.origin).href;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${path} failed to load`)), { once: true });
    page.doc.head.append(script);
  });
}

const registered = (page: Page) => Object.fromEntries(tags.map((tag) => [tag, page.win.customElements.get(tag)])) as Record<Tag, CustomElementConstructor | undefined>;

/** Our warnings (Lit's own dev-mode notices are not the library's business here). */
const ours = (page: Page) => page.warnings.filter((message) => message.startsWith('mlops-elements'));

/** Renders one of each element in the frame and checks that each one works. */
async function expectElementsWork(page: Page) {
  const { doc } = page;
  const root = doc.createElement('div');
  root.innerHTML = `
    <p>Watch for <mlops-term>model drift</mlops-term> in production.</p>
    <mlops-tool-card tool="mlflow"></mlops-tool-card>
    <mlops-tool-grid tag="Kubernetes Native"></mlops-tool-grid>
    <mlops-demographics chart="gender"></mlops-demographics>
    <mlops-feedback></mlops-feedback>
    <mlops-profile><mlops-tool-card tool="kubeflow"></mlops-tool-card></mlops-profile>`;
  doc.body.append(root);
  const shadowOf = (selector: string) => () => root.querySelector(selector)?.shadowRoot;
  const card = shadowOf('mlops-tool-card');
  await until(() => card()?.querySelector('[part~="name"]')?.textContent === 'MLflow', 'the card did not render');
  await until(() => (shadowOf('mlops-tool-grid')()?.querySelectorAll('mlops-tool-card').length ?? 0) > 0, 'the grid did not render');
  await until(() => shadowOf('mlops-demographics')()?.querySelectorAll('figure').length === 1, 'the chart did not render');
  await until(() => shadowOf('mlops-feedback')()?.querySelectorAll('input[type="radio"]').length === 5, 'the feedback did not render');
  await until(
    () => shadowOf('mlops-profile mlops-tool-card')()?.querySelector('[part~="name"]')?.textContent === 'Kubeflow',
    'the card inside the profile did not render',
  );

  const term = root.querySelector('mlops-term') as HTMLElement & { show(): void; hide(): void };
  term.show();
  await until(() => (term.shadowRoot?.querySelector('[part~="bubble"]')?.getBoundingClientRect().height ?? 0) > 0, 'the term did not open');
  expect(term.shadowRoot!.querySelector('[part~="insider"]')!.textContent).to.equal('Model Drift');
  term.hide();
  await until(() => !term.hasAttribute('open'), 'the term did not close');
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('two copies of the library on one page', () => {
  it('CDN bundle first, then the npm define modules: no error, the CDN classes stay registered, elements work', async () => {
    const page = blankPage();
    await load(page, CDN);
    const first = registered(page);
    for (const tag of tags) expect(first[tag], `${tag} from the CDN bundle`).to.be.a('function');
    for (const path of NPM_DEFINES) await load(page, path);
    await load(page, '/test/reliability/two-copies/expose-npm.js');
    const after = registered(page);
    for (const tag of tags) {
      expect(after[tag], `${tag}: the first definition wins`).to.equal(first[tag]);
      expect(page.win.__npm![TAGS[tag]], `${tag}: the npm copy is another class`).to.not.equal(first[tag]);
    }
    await expectElementsWork(page);
    expect(page.errors).to.deep.equal([]);
    expect(ours(page), 'same version: nothing to warn about').to.deep.equal([]);
  });

  it('npm define modules first, then the CDN bundle: the npm classes stay registered, elements work', async () => {
    const page = blankPage();
    for (const path of NPM_DEFINES) await load(page, path);
    await load(page, '/test/reliability/two-copies/expose-npm.js');
    const first = registered(page);
    for (const tag of tags) expect(first[tag], `${tag} from the npm build`).to.equal(page.win.__npm![TAGS[tag]]);
    await load(page, CDN);
    expect(registered(page)).to.deep.equal(first);
    await expectElementsWork(page);
    expect(page.errors).to.deep.equal([]);
    expect(ours(page)).to.deep.equal([]);
  });

  it('another version registered first: one warning per tag naming both versions, no throw, elements work', async () => {
    const page = blankPage();
    await load(page, '/test/reliability/two-copies/other-version.js');
    for (const tag of tags) expect((registered(page)[tag] as { version?: string }).version).to.equal(OTHER_VERSION);
    // The real registration, twice over (npm build and CDN bundle): still one warning per tag.
    for (const path of NPM_DEFINES) await load(page, path);
    await load(page, CDN);
    expect(page.errors).to.deep.equal([]);
    for (const tag of tags) expect((registered(page)[tag] as { version?: string }).version, `${tag} keeps the first`).to.equal(OTHER_VERSION);
    const warnings = ours(page);
    expect(warnings, warnings.join('\n')).to.have.length(tags.length);
    for (const tag of tags) {
      const about = warnings.filter((message) => message.includes(`<${tag}>`));
      expect(about, `warnings about <${tag}>`).to.have.length(1);
      expect(about[0]).to.include(OTHER_VERSION).and.to.include(VERSION);
    }
    await expectElementsWork(page);
    expect(page.errors).to.deep.equal([]);
  });
});

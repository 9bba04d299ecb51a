/**
 * dist/cdn/autoloader.js: one script tag, and each element's CDN file is imported the first time its tag
 * appears (in the document, later additions included, and in shadow roots handed to `observe()`), and
 * only those files. Each scenario runs in a fresh frame (an empty element registry and its own list of
 * requests). `npm test` builds dist/ first; run `npm run build` when iterating on this file alone.
 */
import { expect } from '@open-wc/testing';
import { until } from './helpers/wait.js';

const AUTOLOADER = '/dist/cdn/autoloader.js';
type FrameWindow = Window & typeof globalThis;
interface Page {
  win: FrameWindow;
  doc: Document;
  warnings: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A blank same-origin frame whose body holds `markup` (static test markup), with its console warnings recorded. */
function pageWith(markup: string): Page {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow as FrameWindow;
  const page: Page = { win, doc: frame.contentDocument!, warnings: [] };
  win.console.warn = (...args: unknown[]) => void page.warnings.push(args.map(String).join(' '));
  page.doc.body.innerHTML = markup;
  return page;
}

/** Adds the autoloader's script tag and resolves once it has run. */
function loadAutoloader(page: Page): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = new URL(AUTOLOADER, location.origin).href;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${AUTOLOADER} failed to load`)), { once: true });
    page.doc.head.append(script);
  });
}

/** The element files of dist/cdn/ the frame has requested (not the shared chunks), sorted. */
const requestedEntries = (page: Page) =>
  [
    ...new Set(
      page.win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /^\/dist\/cdn\/[^/]+\.js$/.test(path) && path !== AUTOLOADER),
    ),
  ].sort();

const nameOf = (card: Element | null | undefined) => card?.shadowRoot?.querySelector('[part~="name"]')?.textContent;

describe('dist/cdn/autoloader.js', () => {
  it('loads the elements a page uses, and only those', async () => {
    const page = pageWith(`<p>Watch for <mlops-term>model drift</mlops-term>.</p><mlops-tool-card tool="mlflow"></mlops-tool-card>`);
    await loadAutoloader(page);
    await until(() => nameOf(page.doc.querySelector('mlops-tool-card')) === 'MLflow', 'the card did not render');
    await until(() => page.win.customElements.get('mlops-term'), 'the term was not loaded');
    expect(requestedEntries(page)).to.deep.equal(['/dist/cdn/mlops-term.js', '/dist/cdn/mlops-tool-card.js']);
    for (const tag of ['mlops-demographics', 'mlops-feedback', 'mlops-profile-page', 'mlops-profile']) expect(page.win.customElements.get(tag), tag).to.equal(undefined);
    expect(page.warnings.filter((message) => message.startsWith('mlops-elements'))).to.deep.equal([]);
  });

  it('loads an element added to the page later, once, however many times its tag is added', async () => {
    const page = pageWith('<p>No elements yet.</p>');
    await loadAutoloader(page);
    expect(requestedEntries(page)).to.deep.equal([]);

    const later = page.doc.createElement('section');
    later.append(page.doc.createElement('mlops-demographics'), page.doc.createElement('mlops-demographics'));
    page.doc.body.append(later);
    await until(() => page.win.customElements.get('mlops-demographics'), 'the chart was not loaded');
    await until(() => later.querySelector('mlops-demographics')!.shadowRoot?.querySelector('figure'), 'the chart did not render');
    // A tag added on its own (not inside another node) is found too.
    page.doc.body.append(page.doc.createElement('mlops-demographics'), page.doc.createElement('mlops-feedback'));
    await until(() => page.win.customElements.get('mlops-feedback'), 'the feedback prompt was not loaded');
    expect(requestedEntries(page)).to.deep.equal(['/dist/cdn/mlops-demographics.js', '/dist/cdn/mlops-feedback.js']);
  });

  it('looks into a shadow root only when it is handed one, and watches it from then on', async () => {
    const page = pageWith('<div id="host"></div>');
    const shadow = page.doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(page.doc.createElement('mlops-tool-grid'));
    await loadAutoloader(page);
    // Give it every chance to look where it must not.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.win.customElements.get('mlops-tool-grid')).to.equal(undefined);

    // The frame's instance of the module (the one its script tag ran): imported by a function of the frame's realm.
    const importInFrame = new page.win.Function('url', 'return import(url)') as (url: string) => Promise<{ observe(root: Node): void }>;
    const frameModule = await importInFrame(new URL(AUTOLOADER, location.origin).href);
    frameModule.observe(shadow);
    await until(() => page.win.customElements.get('mlops-tool-grid'), 'the grid in the shadow root was not loaded');
    shadow.append(page.doc.createElement('mlops-term'));
    await until(() => page.win.customElements.get('mlops-term'), 'a term added to the shadow root later was not loaded');
    // The grid's file imports the card's, which holds the cards it renders.
    expect(requestedEntries(page)).to.deep.equal(['/dist/cdn/mlops-term.js', '/dist/cdn/mlops-tool-card.js', '/dist/cdn/mlops-tool-grid.js']);
  });

  it('defines the provider before the elements inside it, so they show its dataset', async () => {
    const page = pageWith(`<mlops-profile src="/data/examples/sample-bubble.json"><mlops-tool-card tool="dutch-oven"></mlops-tool-card></mlops-profile>`);
    await loadAutoloader(page);
    await until(() => nameOf(page.doc.querySelector('mlops-tool-card')) === 'Dutch Oven', 'the card did not show the provided dataset', 5000);
    expect(requestedEntries(page)).to.deep.equal(['/dist/cdn/mlops-profile.js', '/dist/cdn/mlops-tool-card.js']);
  });
});

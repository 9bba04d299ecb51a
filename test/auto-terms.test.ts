import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/mlops-auto-terms.js';
import '../src/define/mlops-profile.js';
import sample from '../data/examples/sample-bubble.json';
import { bundledTerminology } from '../src/data/terms.js';
import type { Term } from '../src/data/types.js';
import { findTermMatches, type MlopsAutoTerms, type MlopsAutoTermsScanDetail } from '../src/elements/auto-terms/auto-terms.js';
import type { MlopsProfile } from '../src/elements/profile/profile.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { darkPage } from './helpers/colours.js';
import { captureWarnings, type CapturedWarnings } from './helpers/warnings.js';

const term = (id: string, insider: string, outsider = `${insider} (outsider)`): Term => ({ id, insider, outsider, explanation: `About ${insider}.` });

/** [text, id] of every match, the shortest way to compare. */
const found = (text: string, terms: readonly Term[] = bundledTerminology) => findTermMatches(text, terms).map((match) => [match.text, match.id]);

describe('findTermMatches()', () => {
  it('finds insider terms and outsider phrases, any case, as written', () => {
    expect(found('Software bugs in machine learning are really MODEL DRIFT.')).to.deep.equal([
      ['Software bugs in machine learning', 'model-drift'],
      ['MODEL DRIFT', 'model-drift'],
    ]);
    const [match] = findTermMatches('We run CI/CD daily.', bundledTerminology);
    expect(match).to.deep.equal({ id: 'ci-cd', start: 7, end: 12, text: 'CI/CD' });
  });

  it('matches whole words only: no plurals, no longer words, but hyphens and apostrophes end a word', () => {
    expect(found('AutoMLX and XAutoML are products; AutoML is the idea.')).to.deep.equal([['AutoML', 'automl']]);
    expect(found('sandboxes, sandboxing and sandbox')).to.deep.equal([['sandbox', 'sandbox']]);
    // Decision: "-" and "'" end a word, as they do for a reader: the compound explains the term.
    expect(found('a pre-sandbox step, the sandbox\u2019s rules')).to.deep.equal([
      ['sandbox', 'sandbox'],
      ['sandbox', 'sandbox'],
    ]);
    expect(found('CI/CDs, MCI/CD, CI/CD2 and (CI/CD).')).to.deep.equal([['CI/CD', 'ci-cd']]);
    expect(found('Ümodel drift, model driftß, model drift_x, 2model drift')).to.deep.equal([]);
  });

  it('prefers the longest name at a place, and a name shared by two terms belongs to the first', () => {
    const terms = [term('model', 'Model'), term('deploy', 'Machine Learning Model Deployment'), term('learning', 'Machine Learning'), term('dup', 'model')];
    expect(found('Machine Learning Model Deployment, machine learning, a model.', terms)).to.deep.equal([
      ['Machine Learning Model Deployment', 'deploy'],
      ['machine learning', 'learning'],
      ['model', 'model'],
    ]);
  });

  it('matches a name across any white space (line breaks in the source, no-break spaces)', () => {
    expect(found('watch for model\n      drift and Model\u00a0Serving')).to.deep.equal([
      ['model\n      drift', 'model-drift'],
      ['Model\u00a0Serving', 'model-serving'],
    ]);
  });

  it('treats names as text: pattern characters match themselves only', () => {
    const terms = [term('cpp', 'C++ (beta)'), term('dot', 'a.b'), term('alt', 'x|y'), term('uni', 'Crème Brûlée')];
    expect(found('C++ (beta) axb a.b x y x|y crème brûlée', terms)).to.deep.equal([
      ['C++ (beta)', 'cpp'],
      ['a.b', 'dot'],
      ['x|y', 'alt'],
      ['crème brûlée', 'uni'],
    ]);
  });

  it('finds nothing with an empty glossary or empty text', () => {
    expect(findTermMatches('model drift', [])).to.deep.equal([]);
    expect(findTermMatches('', bundledTerminology)).to.deep.equal([]);
  });
});

/** The article the element is tried on: nested markup, and every kind of part it must leave alone. */
const articleTemplate = html`
  <article>
    <h2 id="heading">Catching Model Drift early</h2>
    <p id="intro">
      Outsiders call it <em id="em">software bugs in machine learning</em>; insiders say Model Drift, and model drift
      is what a <strong id="bold">feature store</strong> helps you catch.
    </p>
    <p id="serve">Teams talk about Machine Learning Model Deployment; insiders call it model serving. Every experiment gets a sandbox, never sandboxes shared by all.</p>
    <ul>
      <li id="retrain">Retrain on a schedule: model retraining keeps accuracy.</li>
      <li id="automl">AutoMLX is a product name; AutoML is the idea.</li>
    </ul>
    <p id="plain">Nothing in this paragraph needs a tooltip.</p>
    <p>Read <a id="link" href="#feature-store">what a feature store is</a>.</p>
    <pre id="pre"><code>run CI/CD on every push</code></pre>
    <p id="ci">Use <code id="code">CI/CD</code> in scripts and CI/CD in prose.</p>
    <p id="controls">
      <button id="button" type="button">Open the Data Preprocessing notes</button>
      <label id="label" for="input">Data Cleaning</label> <input id="input" value="Data Cleaning" />
    </p>
    <p id="existing-p">The <mlops-term id="existing" term="ml-pipeline">ML pipeline</mlops-term> ties it together.</p>
    <p id="pipeline">Every ML pipeline needs an owner.</p>
    <p id="skipped" data-mlops-skip>Observability, Monitoring and Data Preprocessing stay plain here.</p>
    <p id="editable" contenteditable="true">Data Preprocessing, editable.</p>
    <p id="obs">Good observability beats monitoring.</p>
  </article>
`;

/** Parts of the article that must come out exactly as they went in. */
const UNTOUCHED = ['heading', 'link', 'pre', 'code', 'button', 'label', 'input', 'existing-p', 'skipped', 'editable', 'plain'];

/** What the default scan wraps, in reading order: [text as written, term id]. */
const FIRST_OCCURRENCES = [
  ['software bugs in machine learning', 'model-drift'],
  ['feature store', 'feature-store'],
  ['Machine Learning Model Deployment', 'model-serving'],
  ['sandbox', 'sandbox'],
  ['model retraining', 'model-retraining'],
  ['AutoML', 'automl'],
  ['CI/CD', 'ci-cd'],
  ['observability', 'observability'],
];

interface Mounted {
  auto: MlopsAutoTerms;
  article: HTMLElement;
  detail: MlopsAutoTermsScanDetail;
  /** outerHTML of the UNTOUCHED parts (and #intro) before the element saw them. */
  before: Map<string, string>;
  errors: MlopsErrorDetail[];
}

/**
 * Renders the article inside a new <mlops-auto-terms>, then, before the element's first scan (which
 * runs in its first update, a microtask later), lets `prepare` add listeners and selections and
 * records the parts that must stay untouched; then waits for that scan.
 */
async function mount(options: { all?: boolean; exclude?: string; page?: HTMLElement; prepare?: (article: HTMLElement) => void } = {}): Promise<Mounted> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`, options.page ? { parentNode: options.page } : {});
  const errors: MlopsErrorDetail[] = [];
  container.addEventListener('mlops-error', (event) => errors.push(event.detail));
  let scanned: Promise<CustomEvent<MlopsAutoTermsScanDetail>> | undefined;
  container.addEventListener('mlops-auto-terms-scan', (event) => (scanned ??= Promise.resolve(event)));
  render(html`<mlops-auto-terms ?all=${options.all} exclude=${ifDefined(options.exclude)}>${articleTemplate}</mlops-auto-terms>`, container);
  const auto = container.querySelector('mlops-auto-terms')!;
  const article = auto.querySelector('article')!;
  expect(article.querySelector('mlops-term:not(#existing)'), 'not scanned yet').to.equal(null);
  options.prepare?.(article);
  const before = new Map([...UNTOUCHED, 'intro'].map((id) => [id, article.querySelector(`#${id}`)!.outerHTML]));
  await waitUntil(() => scanned, 'the first scan');
  const { detail } = await scanned!;
  await Promise.all([...auto.querySelectorAll('mlops-term')].map((el) => el.updateComplete));
  return { auto, article, detail, before, errors };
}

/** [text, id] of every <mlops-term> in the article, in reading order, the hand-written one excluded. */
const wrapped = (root: Element) => [...root.querySelectorAll('mlops-term:not(#existing)')].map((el) => [el.textContent, el.getAttribute('term')]);

/** Markup without the attributes a term gives itself while it is its own trigger: the term's doing, not the scan's. */
const withoutOwnTriggerAttributes = (markup: string) => markup.replace(/(<mlops-term\b[^>]*?) tabindex="0" role="button" aria-expanded="false"/g, '$1');

function expectUntouched({ article, before }: Mounted, ids = UNTOUCHED) {
  for (const id of ids) expect(withoutOwnTriggerAttributes(article.querySelector(`#${id}`)!.outerHTML), `#${id}`).to.equal(before.get(id));
}

describe('<mlops-auto-terms>', () => {
  let warnings: CapturedWarnings;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('wraps the first occurrence of each term, with its id, keeping the text as written', async () => {
    const mounted = await mount();
    expect(wrapped(mounted.article)).to.deep.equal(FIRST_OCCURRENCES);
    expect(mounted.detail).to.deep.equal({ count: 8, terms: FIRST_OCCURRENCES.map(([, id]) => id) });
    // The outsider phrase stays inside its <em>, in its own case, and explains the insider term.
    const outsider = mounted.article.querySelector('#em > mlops-term')!;
    expect(outsider.getAttribute('term')).to.equal('model-drift');
    expect(mounted.article.querySelector('#em')!.textContent).to.equal('software bugs in machine learning');
    // Text around the terms is intact, and every wrapped term resolves (no unknown-term errors).
    expect(mounted.article.querySelector('#serve')!.textContent).to.equal(
      'Teams talk about Machine Learning Model Deployment; insiders call it model serving. Every experiment gets a sandbox, never sandboxes shared by all.',
    );
    expect(mounted.article.querySelector('#automl > mlops-term')!.previousSibling!.textContent).to.equal('AutoMLX is a product name; ');
    expect(mounted.errors).to.deep.equal([]);
  });

  it('leaves headings, links, code, controls, existing terms and data-mlops-skip parts exactly as they were', async () => {
    const mounted = await mount();
    expectUntouched(mounted);
    // A term written by hand counts as explained: the later "ML pipeline" is not wrapped again.
    expect(mounted.article.querySelector('#pipeline')!.children.length).to.equal(0);
    expect((mounted.article.querySelector('#input') as HTMLInputElement).value).to.equal('Data Cleaning');
  });

  it('wraps every occurrence with `all`, still whole words only and still outside the skipped parts', async () => {
    const mounted = await mount({ all: true });
    expect(wrapped(mounted.article)).to.deep.equal([
      ['software bugs in machine learning', 'model-drift'],
      ['Model Drift', 'model-drift'],
      ['model drift', 'model-drift'],
      ['feature store', 'feature-store'],
      ['Machine Learning Model Deployment', 'model-serving'],
      ['model serving', 'model-serving'],
      ['sandbox', 'sandbox'],
      ['model retraining', 'model-retraining'],
      ['AutoML', 'automl'],
      ['CI/CD', 'ci-cd'],
      ['ML pipeline', 'ml-pipeline'],
      ['observability', 'observability'],
      ['monitoring', 'observability'],
    ]);
    expect(mounted.detail.count).to.equal(13);
    expectUntouched(mounted);
  });

  it('wraps plural forms with `plurals`, as the build plugins do, and unwraps them when it goes', async () => {
    const el = await fixture<MlopsAutoTerms>(html`<mlops-auto-terms plurals><p>Two feature stores, one sandbox, more sandboxes.</p></mlops-auto-terms>`);
    await waitUntil(() => el.querySelector('mlops-term'), 'scanned');
    expect(wrapped(el)).to.deep.equal([
      ['feature stores', 'feature-store'],
      ['sandbox', 'sandbox'],
    ]);
    const rescanned = oneEvent(el, 'mlops-auto-terms-scan');
    el.removeAttribute('plurals');
    await rescanned;
    expect(wrapped(el)).to.deep.equal([['sandbox', 'sandbox']]);
  });

  it('switching `all` off unwraps the extra occurrences and joins their text again', async () => {
    const { auto, article } = await mount({ all: true });
    const rescanned = oneEvent(auto, 'mlops-auto-terms-scan');
    auto.all = false;
    await rescanned;
    expect(wrapped(article)).to.deep.equal(FIRST_OCCURRENCES);
    // "Model Drift, and model drift" is one text node again, as the parser made it.
    const intro = article.querySelector('#intro')!;
    const textAfterEm = intro.querySelector('#em')!.nextSibling as Text;
    expect(textAfterEm.nodeType).to.equal(Node.TEXT_NODE);
    expect(textAfterEm.data).to.match(/^; insiders say Model Drift, and model drift\s+is what a $/);
  });

  it('keeps the page’s elements and listeners: a click inside a <strong> still reaches its listener', async () => {
    let bold: HTMLElement | undefined;
    const clicks: EventTarget[] = [];
    const { article } = await mount({
      prepare: (article) => {
        bold = article.querySelector<HTMLElement>('#bold')!;
        bold.addEventListener('click', (event) => clicks.push(event.target!));
      },
    });
    expect(article.querySelector('#bold')).to.equal(bold); // the same element, not a re-parsed copy
    const term = bold!.querySelector('mlops-term')!;
    expect(term.getAttribute('term')).to.equal('feature-store');
    term.click();
    expect(clicks).to.deep.equal([term]);
  });

  it('keeps a selection in a paragraph it does not change, and the paragraph’s very text node', async () => {
    let textNode: Text | undefined;
    const { article } = await mount({
      prepare: (article) => {
        textNode = article.querySelector('#plain')!.firstChild as Text;
        const range = document.createRange();
        range.setStart(textNode, 8);
        range.setEnd(textNode, 22);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
    });
    expect(article.querySelector('#plain')!.firstChild).to.equal(textNode);
    const selection = getSelection()!;
    expect(selection.rangeCount).to.equal(1);
    const range = selection.getRangeAt(0);
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).to.deep.equal([textNode, 8, textNode, 22]);
    expect(selection.toString()).to.equal('in this paragr');
    selection.removeAllRanges();
  });

  it('does not wrap twice: scanning again finds nothing new', async () => {
    const { auto, article } = await mount();
    const html = article.innerHTML;
    const again = oneEvent(auto, 'mlops-auto-terms-scan');
    expect(auto.scan()).to.deep.equal({ count: 0, terms: [] });
    expect((await again).detail).to.deep.equal({ count: 0, terms: [] });
    expect(article.innerHTML).to.equal(html);
    expect(article.querySelectorAll('mlops-term mlops-term').length).to.equal(0);
  });

  it('scans content the page adds or replaces later', async () => {
    const { auto, article } = await mount();
    const added = document.createElement('p');
    added.textContent = 'First comes data cleaning, then model drift again.';
    let scanned = oneEvent(auto, 'mlops-auto-terms-scan');
    article.append(added);
    expect((await scanned).detail).to.deep.equal({ count: 1, terms: ['data-preprocessing'] });
    expect(wrapped(added)).to.deep.equal([['data cleaning', 'data-preprocessing']]);

    // A client-side page swap: the new article's first occurrences are wrapped afresh.
    scanned = oneEvent(auto, 'mlops-auto-terms-scan');
    article.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'A sandbox for AutoML.' }));
    expect((await scanned).detail).to.deep.equal({ count: 2, terms: ['sandbox', 'automl'] });
    expect(wrapped(article)).to.deep.equal([
      ['sandbox', 'sandbox'],
      ['AutoML', 'automl'],
    ]);
  });

  it('leaves what `exclude` selects alone, and reports an invalid selector but scans anyway', async () => {
    const excluded = await mount({ exclude: '#serve, li:last-child' });
    expect(wrapped(excluded.article).map(([, id]) => id)).to.deep.equal(['model-drift', 'feature-store', 'model-retraining', 'ci-cd', 'observability']);
    expect(excluded.article.querySelector('#serve mlops-term, #automl mlops-term')).to.equal(null);
    // Changing `exclude` re-does the wrapping: the parts it no longer selects get their terms.
    excluded.auto.setAttribute('exclude', '#intro');
    expect(await excluded.auto.updateComplete).to.equal(true);
    expect(wrapped(excluded.article).map(([, id]) => id)).to.deep.equal(['model-serving', 'sandbox', 'model-retraining', 'automl', 'ci-cd', 'observability']); // the only prose "model drift" is in #intro
    expect(wrapped(excluded.article.querySelector('#intro')!)).to.deep.equal([]);
    expect(excluded.article.querySelector('#intro')!.outerHTML).to.equal(excluded.before.get('intro'));

    const invalid = await mount({ exclude: 'p[' });
    expect(wrapped(invalid.article)).to.deep.equal(FIRST_OCCURRENCES);
    expect(invalid.errors.map(({ code }) => code)).to.deep.equal(['invalid-attribute']);
    expect(invalid.errors[0].message).to.include('exclude="p["');
    expect(warnings.messages.some((line) => line.includes('exclude="p["'))).to.equal(true);
  });

  it('keeps hostile text inert: markup in the text stays text', async () => {
    const el = await fixture<MlopsAutoTerms>(html`
      <mlops-auto-terms><p id="hostile">&lt;img src=x onerror="window.hacked=1"&gt; model drift &lt;/p&gt;&lt;script&gt;</p></mlops-auto-terms>
    `);
    await waitUntil(() => el.querySelector('mlops-term'), 'the term was wrapped');
    const paragraph = el.querySelector('#hostile')!;
    expect(paragraph.querySelectorAll('img, script').length).to.equal(0);
    expect(paragraph.textContent).to.equal('<img src=x onerror="window.hacked=1"> model drift </p><script>');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('leaves a nested <mlops-auto-terms> to itself and renders the article in its slot', async () => {
    const el = await fixture<MlopsAutoTerms>(html`
      <mlops-auto-terms id="outer"><p>model drift</p><mlops-auto-terms id="inner" all><p>sandbox, sandbox</p></mlops-auto-terms></mlops-auto-terms>
    `);
    const inner = el.querySelector<MlopsAutoTerms>('#inner')!;
    await waitUntil(() => el.querySelectorAll('mlops-term').length === 3, 'both scanned');
    expect(inner.querySelectorAll('mlops-term').length).to.equal(2);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().length).to.equal(2);
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('uses the dataset of an enclosing <mlops-profile>, re-wrapping when it changes', async () => {
    const profileEl = await fixture<MlopsProfile>(html`
      <mlops-profile>
        <mlops-auto-terms><p id="bake">Feed the levain, take a crumb shot, and watch for model drift.</p></mlops-auto-terms>
      </mlops-profile>
    `);
    const auto = profileEl.querySelector<MlopsAutoTerms>('mlops-auto-terms')!;
    const paragraph = auto.querySelector('#bake')!;
    await waitUntil(() => paragraph.querySelector('mlops-term'), 'scanned with the bundled glossary');
    expect(wrapped(paragraph)).to.deep.equal([['model drift', 'model-drift']]);

    const errors: MlopsErrorDetail[] = [];
    profileEl.addEventListener('mlops-error', (event) => errors.push(event.detail));
    const rescanned = oneEvent(auto, 'mlops-auto-terms-scan');
    expect(await profileEl.setProfile(sample)).to.equal(true);
    expect((await rescanned).detail).to.deep.equal({ count: 2, terms: ['levain', 'crumb-shot'] });
    expect(wrapped(paragraph)).to.deep.equal([
      ['levain', 'levain'],
      ['crumb shot', 'crumb-shot'],
    ]);
    // The MLOps term is unwrapped, and its text joined back into one node.
    expect(paragraph.lastChild!.nodeType).to.equal(Node.TEXT_NODE);
    expect(paragraph.lastChild!.textContent).to.equal(', and watch for model drift.');
    expect(paragraph.textContent).to.equal('Feed the levain, take a crumb shot, and watch for model drift.');
    await Promise.all([...paragraph.querySelectorAll('mlops-term')].map((el) => el.updateComplete));
    expect(errors).to.deep.equal([]);
  });

  it('waits while <mlops-profile src> loads, then wraps with the loaded dataset', async () => {
    const profileEl = await fixture<MlopsProfile>(html`
      <mlops-profile src="/data/examples/sample-bubble.json?via=auto-terms">
        <mlops-auto-terms><p id="bake">Model drift? No: the levain was cold.</p></mlops-auto-terms>
      </mlops-profile>
    `);
    const auto = profileEl.querySelector<MlopsAutoTerms>('mlops-auto-terms')!;
    await auto.updateComplete;
    expect(auto.scan()).to.deep.equal({ count: 0, terms: [] }); // still loading: nothing judged yet
    expect(auto.querySelector('mlops-term')).to.equal(null);
    const { detail } = await oneEvent(auto, 'mlops-auto-terms-scan');
    expect(detail).to.deep.equal({ count: 1, terms: ['levain'] });
    expect(wrapped(auto)).to.deep.equal([['levain', 'levain']]);
  });

  it('passes axe with its terms wrapped, on a light and on a dark page', async () => {
    const light = await mount();
    await expect(light.auto).to.be.accessible();

    const page = darkPage();
    // The page styles its own controls for dark (WebKitGTK paints a native button light on dark).
    const darkControls = (article: HTMLElement) =>
      article.querySelectorAll<HTMLElement>('button, input').forEach((control) => {
        control.style.color = '#e6edf3';
        control.style.background = '#161b22';
      });
    const dark = await mount({ page, prepare: darkControls });
    await expect(dark.auto).to.be.accessible();
  });

  it('handles a 5,000-word article (time logged, not asserted)', async () => {
    const sentences = [
      'Our team reviewed the quarterly plan and agreed on the next steps for the platform.',
      'The ML pipeline now runs nightly, and model drift alerts go to the on-call channel.',
      'Data cleaning used to be manual; data preprocessing is now a versioned step.',
      'A feature store keeps the features consistent between training and model serving.',
      'We use CI/CD for the training code and AutoML for the first baseline.',
      'Observability covers metrics, logs and traces, not only monitoring dashboards.',
      'Every engineer gets a sandbox, and model retraining runs on fresh data each week.',
    ];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const article = document.createElement('article');
    let words = 0;
    for (let paragraph = 0; words < 5000; paragraph++) {
      const p = document.createElement('p');
      const text: string[] = [];
      for (let i = 0; i < 6; i++) {
        const sentence = sentences[(paragraph + i) % sentences.length];
        text.push(sentence);
        words += sentence.split(/\s+/).length;
      }
      p.append(text.slice(0, 3).join(' ') + ' ', Object.assign(document.createElement('em'), { textContent: text[3] }), ' ' + text.slice(4).join(' '));
      article.append(p);
    }
    const auto = document.createElement('mlops-auto-terms');
    auto.append(article);
    const first = oneEvent(auto, 'mlops-auto-terms-scan');
    container.append(auto);
    await first;

    // Several runs, median and fastest reported: a shared machine makes any single run noisy.
    const timings: string[] = [];
    for (const all of [false, true]) {
      auto.all = all;
      await auto.updateComplete; // the element's own rescan for the new setting
      const scans: number[] = [];
      const renders: number[] = [];
      for (let run = 0; run < 5; run++) {
        auto.clear();
        const start = performance.now();
        const detail = auto.scan();
        scans.push(performance.now() - start);
        await Promise.all([...auto.querySelectorAll('mlops-term')].map((el) => el.updateComplete));
        renders.push(performance.now() - start);
        expect(detail.count).to.equal(all ? article.querySelectorAll('mlops-term').length : 10);
        expect(detail.count).to.be.above(all ? 600 : 0);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[2].toFixed(1);
      const fastest = (values: number[]) => Math.min(...values).toFixed(1);
      const count = article.querySelectorAll('mlops-term').length;
      timings.push(`${all ? 'all' : 'first'} (${count} terms): scan() median ${median(scans)} ms (fastest ${fastest(scans)}), until rendered ${median(renders)} ms`);
    }
    console.log(`mlops-auto-terms, ${words} words: ${timings.join('; ')} (${navigator.userAgent})`);
  });
});

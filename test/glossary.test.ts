// <mlops-glossary> as a glossary page: the A–Z index, the filter box with its polite count, the anchors the build
// plugins' glossaryHref links land on (the entry highlighted), keyboard use and axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/mlops-glossary.js';
import mlops from '../data/mlops.json';
import type { MlopsGlossary } from '../src/elements/glossary/glossary.js';
import { darkPage } from './helpers/colours.js';
import { part, shadow, text } from './helpers/dom.js';

const entries = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')];
const visibleIds = (el: Element) =>
  entries(el)
    .filter((entry) => entry.getClientRects().length > 0)
    .map((entry) => entry.id);
const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;

/** Types into the filter box from the keyboard, as a reader does. */
async function type(el: MlopsGlossary, keys: string) {
  input(el).focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

/** Empties the filter box with Backspace, as a reader does. */
async function clear(el: MlopsGlossary) {
  input(el).focus();
  await sendKeys({ press: 'End' });
  while (input(el).value) await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

describe('<mlops-glossary> as a glossary page', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('has an A–Z index whose links land on the entries, which keep the term ids as their anchors', async () => {
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`);
    const index = part(el, 'index')!;
    expect(index.tagName).to.equal('NAV');
    expect(index.getAttribute('aria-label')).to.equal('Terms A–Z');
    expect([...index.querySelectorAll('.letter')].map(text)).to.deep.equal(['A', 'C', 'D', 'F', 'M', 'O', 'S']);
    const links = [...index.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal([
      'AutoML',
      'CI/CD',
      'Data Preprocessing',
      'Feature Store',
      'ML Pipeline',
      'Model Drift',
      'Model Retraining',
      'Model Serving',
      'Observability',
      'Sandbox',
    ]);
    for (const link of links) expect(shadow(el).getElementById(link.getAttribute('href')!.slice(1)), link.href).to.not.equal(null);
    expect(entries(el).map((entry) => entry.id)).to.deep.equal(mlops.terminology.map((term) => term.id));
  });

  it('lands a glossaryHref link (/glossary/#model-drift) on its entry, highlighted, and an index click too', async () => {
    history.replaceState(null, '', '#model-drift');
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`);
    const drift = shadow(el).getElementById('model-drift')!;
    await waitUntil(() => drift.hasAttribute('data-targeted'), 'the linked entry is marked');
    expect(getComputedStyle(drift).borderInlineStartWidth).to.equal('4px');
    const sandboxLink = [...part(el, 'index')!.querySelectorAll('a')].find((link) => text(link) === 'Sandbox')!;
    sandboxLink.click();
    const sandbox = shadow(el).getElementById('sandbox')!;
    await waitUntil(() => shadow(el).activeElement === sandbox, 'the index link moves focus to its entry');
    expect(sandbox.hasAttribute('data-targeted')).to.equal(true);
    expect(drift.hasAttribute('data-targeted')).to.equal(false);
  });

  it('narrows the list as the reader types, and says how many terms it shows in a polite status', async () => {
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`);
    const count = part(el, 'count')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(text(count)).to.equal('');
    expect(part(el, 'filter')!.hasAttribute('data-ready'), 'the box shows once the script runs').to.equal(true);
    expect(getComputedStyle(part(el, 'filter')!).visibility).to.equal('visible');

    await type(el, 'DRIFT');
    expect(visibleIds(el)).to.deep.equal(['model-drift']);
    expect(text(count)).to.equal('1 of 10 terms shown.');

    // The outsider phrase and the explanation count too: "development environment" is what outsiders call a sandbox.
    await clear(el);
    await type(el, 'development environment');
    expect(visibleIds(el)).to.deep.equal(['sandbox']);

    await type(el, ' zzz');
    expect(visibleIds(el)).to.deep.equal([]);
    expect(text(count)).to.equal('No term matches; all 10 are hidden.');

    await clear(el);
    expect(visibleIds(el)).to.have.length(10);
    expect(text(count)).to.equal('');
  });

  it('is reachable from the keyboard: the index links, then the labelled filter box', async () => {
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`);
    const box = input(el);
    expect(box.labels?.[0] && text(box.labels[0])).to.equal('Filter the terms');
    const lastLink = [...part(el, 'index')!.querySelectorAll('a')].at(-1)!;
    lastLink.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(box);
  });

  it('passes axe while filtered, on a light and a dark page', async () => {
    const light = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`);
    await type(light, 'model');
    await expect(light).to.be.accessible();
    const dark = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`, { parentNode: darkPage() });
    await type(dark, 'zzz');
    await expect(dark).to.be.accessible();
  });
});

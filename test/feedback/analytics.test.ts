import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/mlops-feedback.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import { $, rate, resetFeedbackPage, submit } from '../helpers/feedback.js';

// analytics="…": each adapter against a stub of its tool's global, asserting the exact call.

type Page = Record<string, unknown>;
const page = window as unknown as Page;
const globals = ['gtag', 'plausible', '_paq', 'umami', 'dataLayer'];

afterEach(async () => {
  for (const name of globals) delete page[name];
  await resetFeedbackPage();
});

/** A vote of 2 with the reasons "unclear" and "missing", sent as a reader would, with analytics on. */
async function vote(tools: string): Promise<void> {
  const el = await fixture<MlopsFeedback>(html`<mlops-feedback analytics=${tools} min-dwell="1"></mlops-feedback>`);
  await rate(el, 2);
  $<HTMLInputElement>(el, 'input[value="unclear"]')!.click();
  $<HTMLInputElement>(el, 'input[value="missing"]')!.click();
  await el.updateComplete;
  await submit(el);
}

const here = () => location.origin + location.pathname;

describe('mlops-feedback: analytics adapters', () => {
  it('ga4: gtag("event", "mlops_feedback", { rating, scale, page, reasons })', async () => {
    const calls: unknown[][] = [];
    page.gtag = (...args: unknown[]) => calls.push(args);
    await vote('ga4');
    await waitUntil(() => calls.length === 1, 'gtag called');
    expect(calls[0]).to.deep.equal(['event', 'mlops_feedback', { rating: 2, scale: '5', page: here(), reasons: 'unclear,missing' }]);
  });

  it('plausible: plausible("mlops_feedback", { props })', async () => {
    const calls: unknown[][] = [];
    page.plausible = (...args: unknown[]) => calls.push(args);
    await vote('plausible');
    await waitUntil(() => calls.length === 1, 'plausible called');
    expect(calls[0]).to.deep.equal(['mlops_feedback', { props: { rating: 2, scale: '5', reasons: 'unclear,missing' } }]);
  });

  it('matomo: _paq.push(["trackEvent", category, action, name, value])', async () => {
    const paq: unknown[] = [];
    page._paq = paq;
    await vote('matomo');
    await waitUntil(() => paq.length === 1, '_paq pushed');
    expect(paq[0]).to.deep.equal(['trackEvent', 'mlops_feedback', 'rating-5', here(), 2]);
  });

  it('umami: umami.track("mlops_feedback", data)', async () => {
    const calls: unknown[][] = [];
    page.umami = { track: (...args: unknown[]) => calls.push(args) };
    await vote('umami');
    await waitUntil(() => calls.length === 1, 'umami.track called');
    expect(calls[0]).to.deep.equal(['mlops_feedback', { rating: 2, scale: '5', page: here(), reasons: 'unclear,missing' }]);
  });

  it('datalayer: dataLayer.push({ event: "mlops_feedback", … }), and several tools at once', async () => {
    const dataLayer: unknown[] = [];
    const calls: unknown[][] = [];
    page.dataLayer = dataLayer;
    page.gtag = (...args: unknown[]) => calls.push(args);
    await vote('datalayer ga4');
    await waitUntil(() => dataLayer.length === 1 && calls.length === 1, 'both tools called');
    expect(dataLayer[0]).to.deep.equal({ event: 'mlops_feedback', rating: 2, scale: '5', page: here(), reasons: 'unclear,missing' });
  });

  it('a missing tool breaks nothing and gets one console hint; no script is loaded; a changed answer is not sent again', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    const scriptsBefore = document.scripts.length;
    const calls: unknown[][] = [];
    page.gtag = (...args: unknown[]) => calls.push(args);
    try {
      const el = await fixture<MlopsFeedback>(html`<mlops-feedback analytics="umami ga4" min-dwell="1"></mlops-feedback>`);
      await rate(el, 5);
      await submit(el);
      await waitUntil(() => calls.length === 1, 'gtag still gets the vote');
      // Change the answer: the same vote, so no second event.
      $<HTMLButtonElement>(el, '[part~="change"]')!.click();
      await el.updateComplete;
      await rate(el, 4);
      await submit(el);
      await vote('umami');
      await new Promise((settle) => setTimeout(settle, 50));
      expect(calls.length, 'one event per vote').to.equal(1);
      expect(warnings.filter((text) => text.includes('Umami is not on this page'))).to.have.length(1);
      expect(document.scripts.length).to.equal(scriptsBefore);
    } finally {
      console.warn = warn;
    }
  });

  it('a tool that throws does not reach the host page; an unknown name is reported', async () => {
    page.gtag = () => {
      throw new Error('blocked by an extension');
    };
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('mlops-error', listener);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await vote('ga4 googleanalytics');
      await waitUntil(() => errors.length > 0, 'mlops-error for the unknown name');
      expect(errors[0]).to.include('"googleanalytics" is not one of ga4, plausible, matomo, umami, datalayer');
    } finally {
      document.removeEventListener('mlops-error', listener);
      console.warn = warn;
    }
  });
});

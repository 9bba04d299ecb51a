import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/mlops-feedback-results.js';
import type { MlopsFeedbackResults } from '../src/elements/feedback-results/feedback-results.js';

// <mlops-feedback-results>: the receiver's summary as a headline, bars, a table and top reasons; the
// loading and error states.

const SUMMARY = new URL('./fixtures/feedback-summary.json', import.meta.url).href;
const $ = <T extends Element = HTMLElement>(el: MlopsFeedbackResults, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MlopsFeedbackResults, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

function spyOnFetch() {
  const original = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return original.call(window, input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

async function loaded(el: MlopsFeedbackResults): Promise<void> {
  await waitUntil(() => $(el, '[part~="headline"]') || $(el, '.failed'), 'the summary settles', { timeout: 5000 });
  await el.updateComplete;
}

describe('mlops-feedback-results', () => {
  it('shows the headline, the ratings as bars and a table, and the top reasons; axe-clean', async () => {
    const spy = spyOnFetch();
    let el: MlopsFeedbackResults;
    try {
      el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src=${SUMMARY}></mlops-feedback-results>`);
      await loaded(el);
    } finally {
      spy.restore();
    }
    const request = new URL(spy.calls[0].url);
    expect(request.searchParams.get('page'), 'asks for this page').to.equal(location.origin + location.pathname);
    expect(spy.calls[0].init?.credentials).to.equal('omit');
    expect(text($(el, '[part~="headline"]'))).to.equal('87 % of 214 readers found this helpful');
    const bars = $$(el, '[role="listbox"] > [role="option"]');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).to.deep.equal([
      'Rating 5 (very helpful): 127 votes, 59 %',
      'Rating 4: 60 votes, 28 %',
      'Rating 3: 12 votes, 6 %',
      'Rating 2: 6 votes, 3 %',
      'Rating 1 (not helpful): 9 votes, 4 %',
    ]);
    expect($$(el, 'tbody tr').map((row) => [...row.children].map(text).join(' | '))).to.deep.equal([
      '5 (very helpful) | 127',
      '4 | 60',
      '3 | 12',
      '2 | 6',
      '1 (not helpful) | 9',
    ]);
    expect($$(el, '[part~="reasons"] li').map(text)).to.deep.equal(['Easy to understand: 98 votes', 'Useful examples: 41 votes', 'Missing information: 17 votes']);
    await expect(el).to.be.accessible();
    $<HTMLElement>(el, 'summary')!.click();
    await waitUntil(() => text($(el, 'summary')) === 'Hide table', 'the toggle follows the table');
    await expect(el).to.be.accessible();
  });

  it("draws each rating's number and votes on its bar's row", async () => {
    const el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src=${SUMMARY}></mlops-feedback-results>`);
    await loaded(el);
    const rows = $$(el, '[role="listbox"] .row').map((row) => (row as unknown as SVGGraphicsElement).getBBox());
    const labels = $$(el, '[role="listbox"] .label').map((label) => (label as unknown as SVGGraphicsElement).getBBox());
    const values = $$(el, '[role="listbox"] .value').map((value) => (value as unknown as SVGGraphicsElement).getBBox());
    expect(rows).to.have.length(5);
    rows.forEach((row, index) => {
      for (const text of [labels[index], values[index]]) {
        const middle = text.y + text.height / 2;
        expect(middle, `row ${index + 1}`).to.be.within(row.y, row.y + row.height);
      }
    });
  });

  it('moves between the bars with the arrow keys, Home and End (one tab stop)', async () => {
    const el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src=${SUMMARY}></mlops-feedback-results>`);
    await loaded(el);
    const bars = $$(el, '[role="listbox"] > [role="option"]');
    expect(bars.filter((bar) => bar.getAttribute('tabindex') === '0')).to.have.length(1);
    bars[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(bars[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(bars[4]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(bars[0]);
    expect(bars.filter((bar) => bar.getAttribute('tabindex') === '0')).to.deep.equal([bars[0]]);
    expect(bars.filter((bar) => bar.getAttribute('aria-selected') === 'true')).to.deep.equal([bars[0]]);
  });

  it('says it is loading while the summary is on its way, and "No answers yet." for a page without votes', async () => {
    const original = window.fetch;
    let answer!: (response: Response) => void;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    try {
      const el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src="/feedback/summary"></mlops-feedback-results>`);
      expect(text($(el, '[part~="message"]'))).to.equal('Loading the results…');
      expect($(el, '[part~="message"]')!.getAttribute('role')).to.equal('status');
      const empty = { page: location.href, votes: 0, average: null, helpfulShare: null, byRating: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, reasons: [] };
      answer(new Response(JSON.stringify(empty), { headers: { 'content-type': 'application/json' } }));
      await loaded(el);
      expect(text($(el, '[part~="headline"]'))).to.equal('No answers yet.');
      expect($(el, '[role="listbox"]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  for (const [name, src, message] of [
    ['a missing file', '/test/fixtures/no-such-summary.json', /HTTP 404/],
    ['a file that is not a summary', new URL('./fixtures/invalid-profile.json', import.meta.url).href, /not a feedback summary/],
    ['a file that is not JSON', new URL('./fixtures/not-json.json', import.meta.url).href, /not a feedback summary/],
    ['a server that cannot be reached', 'http://127.0.0.1:9/feedback/summary', /could not be loaded/],
  ] as const) {
    it(`shows why for ${name}, fires mlops-error and throws nothing`, async () => {
      const errors: string[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
      document.addEventListener('mlops-error', listener);
      try {
        const el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src=${src}></mlops-feedback-results>`);
        await loaded(el);
        expect(text($(el, '[part~="message"]'))).to.match(message);
        expect(errors.some((error) => message.test(error))).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('mlops-error', listener);
      }
    });
  }

  it('fetches nothing for a missing or script src', async () => {
    const spy = spyOnFetch();
    try {
      for (const src of [undefined, 'javascript:alert(1)']) {
        const el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src=${src ?? ''}></mlops-feedback-results>`);
        if (src === undefined) el.removeAttribute('src');
        await el.updateComplete;
        expect(text($(el, '[part~="message"]'))).to.match(/src/);
      }
      expect(spy.calls).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });
});

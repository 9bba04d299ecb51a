import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/mlops-feedback-results.js';
import type { FeedbackSummary, MlopsFeedbackResults } from '../src/elements/feedback-results/feedback-results.js';
import { catchDownloads, parseDelimited, stubClipboard } from './helpers/chart-tools.js';
import { shadow, text } from './helpers/dom.js';
import { expectNoIbmViolations } from './helpers/ibm.js';
import { startPrinting, stopPrinting } from './helpers/print.js';
import { withWarnings } from './helpers/warnings.js';

// The take-away buttons under <mlops-feedback-results>' chart: the numbers of the summary the test
// serves, in the CSV, on the clipboard, in the SVG and the PNG.

const SUMMARY = new URL('./fixtures/feedback-summary.json', import.meta.url).href;
const RATINGS = [5, 4, 3, 2, 1] as const;
const NAMES = ['5 (very helpful)', '4', '3', '2', '1 (not helpful)'];
const LABELS = ['Download CSV', 'Copy table', 'Download SVG', 'Download PNG'];

const buttons = (el: MlopsFeedbackResults) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="tools"] button')];
const button = (el: MlopsFeedbackResults, label: string) => buttons(el).find((each) => text(each).startsWith(label))!;
const status = (el: MlopsFeedbackResults) => text(shadow(el).querySelector('[part="tools"] [role="status"]'));

/** The summary the element reads, as served (asked for as JSON, as the element asks: otherwise the dev server answers with a module). */
const served = (): Promise<FeedbackSummary> => fetch(SUMMARY, { headers: { accept: 'application/json' } }).then((response) => response.json());

/** The element with the served summary, in a landmark (the IBM engine asks that content sit in one). */
async function results(): Promise<MlopsFeedbackResults> {
  const main = await fixture<HTMLElement>(html`<main><mlops-feedback-results src=${SUMMARY}></mlops-feedback-results></main>`);
  const el = main.querySelector('mlops-feedback-results')!;
  await waitUntil(() => buttons(el).length, 'the summary is shown with its buttons', { timeout: 5000 });
  return el;
}

describe('mlops-feedback-results: take-away buttons', () => {
  it('are named buttons after the table, with a polite status line, and pass axe and the IBM engine', async () => {
    const el = await results();
    expect(buttons(el).map((each) => text(each))).to.deep.equal(LABELS.map((label) => `${label}: Votes by rating`));
    expect(buttons(el).every((each) => each.type === 'button')).to.equal(true);
    const details = shadow(el).querySelector('figure details')!;
    expect(details.compareDocumentPosition(buttons(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="tools"] [role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await expectNoIbmViolations(el, 'buttons');
  });

  it('are left out on paper, and back on screen after', async () => {
    const el = await results();
    const tools = shadow(el).querySelector('[part="tools"]')!;
    expect(getComputedStyle(tools).display).to.equal('block');
    try {
      await startPrinting();
      expect(getComputedStyle(tools).display).to.equal('none');
      expect(shadow(el).querySelector('table')!.checkVisibility(), 'the table prints').to.equal(true);
    } finally {
      await stopPrinting();
    }
    expect(getComputedStyle(tools).display).to.equal('block');
  });

  it('writes the votes per rating as RFC 4180 CSV with the numbers of the summary, and downloads it as UTF-8', async () => {
    const el = await results();
    const summary = await served();
    const csv = await el.toCSV();
    expect(csv.endsWith('\r\n')).to.equal(true);
    const [header, ...rows] = parseDelimited(csv);
    expect(header).to.deep.equal(['Rating', 'Votes']);
    expect(rows.map(([name, votes]) => [name, Number(votes)])).to.deep.equal(RATINGS.map((rating, index) => [NAMES[index], summary.byRating[rating]]));
    expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).to.equal(summary.votes);

    const downloads = catchDownloads();
    try {
      button(el, 'Download CSV').click();
      await waitUntil(() => downloads.files.length === 1 && downloads.revoked.length === 1, 'the URL is revoked', { timeout: 3000 });
      expect(downloads.files[0].name).to.equal('feedback-ratings.csv');
      const bytes = new Uint8Array(await (await downloads.files[0].blob).arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.equal(csv);
      expect(status(el)).to.equal('Saved as feedback-ratings.csv.');
    } finally {
      downloads.restore();
    }
  });

  it('copies the table tab-separated and says so; a refused clipboard is said, warned and reported, never thrown', async () => {
    const el = await results();
    const summary = await served();
    const clipboard = stubClipboard();
    try {
      button(el, 'Copy table').click();
      await waitUntil(() => status(el) === 'Table copied.');
      const [header, ...rows] = parseDelimited(clipboard.written[0], '\t');
      expect(header).to.deep.equal(['Rating', 'Votes']);
      expect(rows).to.deep.equal(RATINGS.map((rating, index) => [NAMES[index], String(summary.byRating[rating])]));

      clipboard.refuse = true;
      const errors: string[] = [];
      el.addEventListener('mlops-error', (event) => errors.push(event.detail.code));
      await withWarnings(async (warnings) => {
        button(el, 'Copy table').click();
        await waitUntil(() => status(el).startsWith('The table could not be copied'));
        expect(warnings.join(' ')).to.contain('secure context');
      });
      expect(errors).to.deep.equal(['copy-failed']);
      await expect(el).to.be.accessible();
      await expectNoIbmViolations(el, 'copy failed');
    } finally {
      clipboard.restore();
    }
  });

  it('writes a standalone SVG with the table caption, the headline, the source line and one bar per rating', async () => {
    const el = await results();
    const summary = await served();
    const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.querySelector('title')!.textContent).to.equal('Votes by rating');
    expect(root.querySelector('desc')!.textContent).to.equal('87 % of 214 readers found this helpful');
    const drawn = [...root.querySelectorAll('text')].map((node) => node.textContent).join(' ');
    expect(drawn).to.contain('87 % of 214 readers found this helpful');
    expect(drawn).to.contain(`Source: reader feedback on ${summary.page}`);
    // The chart's own texts: each rating and its votes.
    const plot = root.querySelector('svg > svg')!;
    expect([...plot.querySelectorAll('text')].map((node) => node.textContent)).to.have.members([
      ...RATINGS.map(String),
      ...RATINGS.map((rating) => String(summary.byRating[rating])),
    ]);
    const bars = [...plot.querySelectorAll('rect')];
    expect(bars).to.have.length(RATINGS.length);
    // Filled with the bars' computed colour, and as long as the votes are many (60 of the largest 127).
    expect(bars.every((bar) => /^rgb/.test(bar.getAttribute('fill')!))).to.equal(true);
    const widths = bars.map((bar) => Number(bar.getAttribute('width')));
    expect(widths[1] / widths[0]).to.be.closeTo(summary.byRating[4] / summary.byRating[5], 0.01);
    expect(root.querySelectorAll('[class], [style], style, link, image, foreignObject, script')).to.have.length(0);
  });

  it('makes a PNG of the SVG’s size times the device pixel ratio, and downloads the SVG and the PNG from the buttons', async () => {
    const el = await results();
    const png = (await el.toPNG())!;
    expect(png).to.be.instanceOf(Blob);
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    const root = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement;
    const scale = window.devicePixelRatio || 1;
    expect(Number(root.getAttribute('width'))).to.equal(Math.round(shadow(el).querySelector('figure')!.getBoundingClientRect().width));
    expect(image.width).to.equal(Math.round(Number(root.getAttribute('width')) * scale));
    expect(image.height).to.equal(Math.round(Number(root.getAttribute('height')) * scale));

    const downloads = catchDownloads();
    try {
      button(el, 'Download SVG').click();
      await waitUntil(() => downloads.files.length === 1);
      button(el, 'Download PNG').click();
      await waitUntil(() => downloads.files.length === 2);
      expect(downloads.files.map((file) => file.name)).to.deep.equal(['feedback-ratings.svg', 'feedback-ratings.png']);
      expect(await (await downloads.files[0].blob).text()).to.contain('<title>Votes by rating</title>');
      expect((await downloads.files[1].blob).type).to.equal('image/png');
    } finally {
      downloads.restore();
    }
  });

  it('before the summary has votes, the methods resolve empty and report why; no buttons are shown', async () => {
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => undefined);
    try {
      const el = await fixture<MlopsFeedbackResults>(html`<mlops-feedback-results src="/feedback/summary"></mlops-feedback-results>`);
      const errors: string[] = [];
      el.addEventListener('mlops-error', (event) => errors.push(event.detail.code));
      await withWarnings(async (warnings) => {
        expect(await el.toCSV()).to.equal('');
        expect(await el.toSVG()).to.equal('');
        expect(await el.toPNG()).to.equal(undefined);
        expect(warnings.join(' ')).to.contain('no results to take away yet');
      });
      expect(errors).to.deep.equal(['no-results', 'no-results', 'no-results']);
      expect(buttons(el)).to.have.length(0);
    } finally {
      window.fetch = original;
    }
  });
});

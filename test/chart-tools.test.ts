import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bundledAge, bundledGender, bundledPlatforms } from '../src/data/index.js';
import type { Profile } from '../src/data/types.js';
import '../src/define/mlops-demographics.js';
import type { MlopsDemographics } from '../src/elements/demographics/demographics.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { catchDownloads, parseDelimited, stubClipboard } from './helpers/chart-tools.js';
import { shadow, text } from './helpers/dom.js';
import { expectNoIbmViolations } from './helpers/ibm.js';
import { fixtureWithProfile } from './helpers/profile.js';
import { withWarnings } from './helpers/warnings.js';
import { payloads } from './reliability/payloads.js';

const figures = (el: MlopsDemographics) => [...shadow(el).querySelectorAll('figure')];
const buttons = (figure: Element) => [...figure.querySelectorAll<HTMLButtonElement>('[part="tools"] button')];
const button = (figure: Element, label: string) => buttons(figure).find((each) => text(each).startsWith(label))!;
const status = (figure: Element) => text(figure.querySelector('[part="tools"] [role="status"]'));

/** In a landmark, as on a page: the IBM engine asks that content sit in one. */
async function chart(markup: ReturnType<typeof html>): Promise<MlopsDemographics> {
  const main = await fixture<HTMLElement>(html`<main>${markup}</main>`);
  const el = main.querySelector('mlops-demographics')!;
  await el.updateComplete;
  return el;
}

const dataset = (labels: string[]): Partial<Profile> => ({
  name: 'Hostile <b>&</b> "profile"',
  gender: labels.map((label, index) => ({ id: `g${index}`, label, percent: index + 1 })),
  age: [],
  platforms: { items: [], pagesShown: 1, pagesTotal: 1 },
});

describe('chart tools: CSV and copy', () => {
  it('writes the platform table as RFC 4180 CSV with the numbers of the dataset and the not-itemised row marked', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    const csv = await el.toCSV();
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const [header, ...rows] = parseDelimited(csv);
    expect(header).to.deep.equal(['Platform', 'Share of the community (%)', 'Itemised in the source']);
    const itemised = bundledPlatforms.items.map((platform) => [platform.name, platform.percent, 'yes']);
    const rest = 100 - bundledPlatforms.items.reduce((sum, platform) => sum + platform.percent, 0);
    expect(rows.map(([label, share, marked]) => [label, Number(share), marked])).to.deep.equal([...itemised, ['Not itemised', rest, 'no']]);
  });

  it('writes gender and age with plain-digit numbers, without a marker column', async () => {
    const el = await chart(html`<mlops-demographics chart="gender age" lang="de"></mlops-demographics>`);
    const [ageHeader, ...ages] = parseDelimited(await el.toCSV('age'));
    expect(ageHeader).to.deep.equal(['Age group', 'Share of the community (%)']);
    expect(ages).to.deep.equal(bundledAge.map((band) => [band.label, String(band.percent)]));
    // The first chart by default.
    expect(parseDelimited(await el.toCSV()).slice(1)).to.deep.equal(bundledGender.map((entry) => [entry.label, String(entry.percent)]));
  });

  it('quotes, doubles quotes and guards formula-like labels; a hostile dataset reads back as text', async () => {
    const labels = [
      '=HYPERLINK("http://x")',
      'a,b',
      'say "hi"',
      'two\r\nlines',
      '-1',
      '@cmd',
      ...payloads.filter((payload) => payload.value.length < 200).map((payload) => payload.value),
    ];
    const el = await fixtureWithProfile<MlopsDemographics>(dataset(labels), html`<mlops-demographics chart="gender"></mlops-demographics>`);
    await el.updateComplete;
    const rows = parseDelimited(await el.toCSV()).slice(1);
    expect(rows.map((row) => row[0])).to.deep.equal(labels.map((label) => (/^[=+\-@\t\r]/.test(label) ? `'${label}` : label)));
    expect(rows.map((row) => Number(row[1]))).to.deep.equal(labels.map((_, index) => index + 1));
  });

  it('copies the table tab-separated and says so; a refused clipboard is said, warned and reported, never thrown', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const [figure] = figures(el);
    const clipboard = stubClipboard();
    try {
      button(figure, 'Copy table').click();
      await waitUntil(() => status(figure) === 'Table copied.');
      const [header, ...rows] = parseDelimited(clipboard.written[0], '\t');
      expect(header).to.deep.equal(['Age group', 'Share of the community (%)']);
      expect(rows).to.deep.equal(bundledAge.map((band) => [band.label, String(band.percent)]));
      await expect(el).to.be.accessible();

      clipboard.refuse = true;
      const errors: MlopsErrorDetail[] = [];
      el.addEventListener('mlops-error', (event) => errors.push(event.detail));
      await withWarnings(async (warnings) => {
        button(figure, 'Copy table').click();
        await waitUntil(() => status(figure).startsWith('The table could not be copied'));
        expect(warnings.join(' ')).to.contain('secure context');
      });
      expect(errors.map((error) => error.code)).to.deep.equal(['copy-failed']);
      await expect(el).to.be.accessible();
      await expectNoIbmViolations(el, 'copy failed');
    } finally {
      clipboard.restore();
    }
  });

  it('downloads the CSV as UTF-8 named after the chart, and revokes the URL afterwards', async () => {
    const el = await chart(html`<mlops-demographics chart="gender"></mlops-demographics>`);
    const downloads = catchDownloads();
    try {
      button(figures(el)[0], 'Download CSV').click();
      await waitUntil(() => downloads.files.length === 1 && downloads.revoked.length === 1, 'the URL is revoked', { timeout: 3000 });
      const file = downloads.files[0];
      expect(file.name).to.equal('gender.csv');
      const blob = await file.blob;
      expect(blob.type).to.contain('text/csv');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.equal(await el.toCSV());
      expect(status(figures(el)[0])).to.equal('Saved as gender.csv.');
    } finally {
      downloads.restore();
    }
  });

  it('reports an unknown chart given to a method, and resolves to an empty string', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const errors: string[] = [];
    el.addEventListener('mlops-error', (event) => errors.push(event.detail.code));
    await withWarnings(async (warnings) => {
      expect(await el.toCSV('gender')).to.equal('');
      expect(await el.toSVG('nonsense' as 'age')).to.equal('');
      expect(warnings.join(' ')).to.contain('not a chart this element draws');
    });
    expect(errors).to.deep.equal(['invalid-chart', 'invalid-chart']);
  });
});

describe('chart tools: SVG and PNG', () => {
  it('writes a standalone SVG with the heading, caption, source line, textures and one bar per share', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    const svg = await el.toSVG();
    expect(svg.startsWith('<?xml')).to.equal(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const drawnText = [...root.querySelectorAll('text')].map((node) => node.textContent).join(' ');
    const caption = text(figures(el)[0].querySelector('figcaption p'));
    expect(drawnText.replace(/\s+/g, ' ')).to.contain(caption.replace(/\s+/g, ' '));
    expect(drawnText).to.contain('Source: Machine Learning Operations (MLOps) community profile');
    expect(root.querySelector('title')!.textContent).to.equal('Platform distribution');
    const patterns = root.querySelectorAll('pattern');
    expect(patterns).to.have.length(4);
    const bars = [...root.querySelectorAll('rect[fill^="url(#"]')];
    expect(bars.map((bar) => bar.getAttribute('fill'))).to.deep.equal([0, 1, 2, 3].map((index) => `url(#platforms-pattern-${index})`));
    // The widths keep the proportions of the shares (25, 20, 15, 40).
    const widths = bars.map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0] / widths[3]).to.be.closeTo(25 / 40, 0.01);
    expect(bars[3].getAttribute('stroke-dasharray')).to.equal('4 3');
    // Presentation attributes only: nothing depends on the page's CSS.
    expect(root.querySelectorAll('[class], [style], style, link, image, foreignObject, script')).to.have.length(0);
    expect(root.querySelector('pattern path')!.getAttribute('stroke')).to.match(/^rgb/);
  });

  it('escapes every hostile string of a dataset: the SVG parses and draws the strings as text', async () => {
    const hostile = payloads.filter((payload) => payload.value.length < 200 && payload.value.trim()).map((payload) => payload.value);
    const el = await fixtureWithProfile<MlopsDemographics>(dataset(hostile), html`<mlops-demographics chart="gender"></mlops-demographics>`);
    await el.updateComplete;
    const svg = await el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script, foreignObject, iframe, img, a, [onload], [onerror]')).to.have.length(0);
    expect(doc.documentElement.querySelector('desc')!.textContent).to.contain('<script>');
    expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
  });

  it('makes a PNG of the figure’s width and the drawing’s height, times the device pixel ratio', async () => {
    const el = await chart(html`<mlops-demographics chart="gender"></mlops-demographics>`);
    const png = (await el.toPNG())!;
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    const root = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement;
    const scale = window.devicePixelRatio || 1;
    expect(Number(root.getAttribute('width'))).to.equal(Math.round(figures(el)[0].getBoundingClientRect().width));
    expect(image.width).to.equal(Math.round(Number(root.getAttribute('width')) * scale));
    expect(image.height).to.equal(Math.round(Number(root.getAttribute('height')) * scale));
    // Painted, not blank: the centre row of pixels is not all one colour.
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    expect(new Set(Array.from({ length: pixels.length / 4 }, (_, index) => pixels[index * 4])).size).to.be.greaterThan(2);
  });

  it('downloads the SVG and the PNG from the buttons', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const downloads = catchDownloads();
    try {
      button(figures(el)[0], 'Download SVG').click();
      await waitUntil(() => downloads.files.length === 1);
      button(figures(el)[0], 'Download PNG').click();
      await waitUntil(() => downloads.files.length === 2);
      expect(downloads.files.map((file) => file.name)).to.deep.equal(['age.svg', 'age.png']);
      expect(await (await downloads.files[0].blob).text()).to.contain('<title>Age</title>');
      expect((await downloads.files[1].blob).type).to.equal('image/png');
    } finally {
      downloads.restore();
    }
  });
});

/** A stand-in for Web Audio that records the tones asked of it. */
class RecordingAudioContext {
  static made: RecordingAudioContext[] = [];
  tones: { frequency: number; type: string }[] = [];
  closed = false;
  currentTime = 0;
  destination = {};
  constructor() {
    RecordingAudioContext.made.push(this);
  }
  createOscillator() {
    const tone = { frequency: 0, type: 'sine' };
    this.tones.push(tone);
    return {
      set type(value: string) {
        tone.type = value;
      },
      frequency: {
        set value(value: number) {
          tone.frequency = value;
        },
      },
      connect: (node: unknown) => node,
      start() {},
      stop() {},
    };
  }
  createGain() {
    const node = { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next };
    return node;
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
}

describe('chart tools: sonification', () => {
  const original = window.AudioContext;
  beforeEach(() => {
    RecordingAudioContext.made = [];
    (window as unknown as { AudioContext: unknown }).AudioContext = RecordingAudioContext;
  });
  afterEach(() => {
    window.AudioContext = original;
  });

  it('offers no Play button without the sonify attribute', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    expect(buttons(figures(el)[0]).map((each) => text(each))).to.deep.equal(['Download CSV: Age', 'Copy table: Age', 'Download SVG: Age', 'Download PNG: Age']);
  });

  it('plays each bar once, higher for larger values, announcing each value; Play becomes Stop and back; never before the click', async () => {
    const el = await chart(html`<mlops-demographics chart="age" sonify></mlops-demographics>`);
    const [figure] = figures(el);
    const said: string[] = [];
    new MutationObserver(() => said.push(status(figure))).observe(figure.querySelector('[role="status"]')!, { childList: true, characterData: true, subtree: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(RecordingAudioContext.made, 'no AudioContext before the click').to.have.length(0);
    await expect(el).to.be.accessible();
    button(figure, 'Play').click();
    await waitUntil(() => button(figure, 'Stop'), 'Play turns into Stop');
    await expect(el).to.be.accessible();
    await expectNoIbmViolations(el, 'playing');
    await waitUntil(() => button(figure, 'Play') && RecordingAudioContext.made[0]?.closed, 'the end of the chart', { timeout: 8000 });
    const frequencies = RecordingAudioContext.made[0].tones.map((tone) => tone.frequency);
    expect(frequencies).to.have.length(bundledAge.length);
    // The pitch follows the value: same order, ties alike.
    bundledAge.forEach((a, i) =>
      bundledAge.forEach((b, j) => {
        if (a.percent < b.percent) expect(frequencies[i]).to.be.lessThan(frequencies[j]);
        if (a.percent === b.percent) expect(frequencies[i]).to.equal(frequencies[j]);
      }),
    );
    expect(Math.min(...frequencies)).to.be.greaterThan(200);
    expect(Math.max(...frequencies)).to.be.lessThan(1000);
    expect(said.filter((line) => line.includes(':')).map((line) => line.replace(/\s/g, ' '))).to.deep.equal(bundledAge.map((band) => `${band.label}: ${band.percent} %`));
    expect(said.at(-1)).to.equal('End of the chart.');
  });

  it('stops on Stop and when the element leaves the page', async () => {
    const el = await chart(html`<mlops-demographics chart="age" sonify></mlops-demographics>`);
    button(figures(el)[0], 'Play').click();
    await waitUntil(() => RecordingAudioContext.made[0]?.tones.length === 1);
    button(figures(el)[0], 'Stop').click();
    await waitUntil(() => RecordingAudioContext.made[0].closed && button(figures(el)[0], 'Play'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(RecordingAudioContext.made[0].tones).to.have.length(1);

    button(figures(el)[0], 'Play').click();
    await waitUntil(() => RecordingAudioContext.made[1]?.tones.length === 1);
    el.remove();
    await waitUntil(() => RecordingAudioContext.made[1].closed, 'closed after removal', { timeout: 2000 });
    expect(RecordingAudioContext.made[1].tones.length).to.be.lessThan(3);
  });

  it('without Web Audio says so, warns and reports, and throws nothing', async () => {
    (window as unknown as { AudioContext: unknown }).AudioContext = undefined;
    const el = await chart(html`<mlops-demographics chart="gender" sonify></mlops-demographics>`);
    const [figure] = figures(el);
    const errors: string[] = [];
    el.addEventListener('mlops-error', (event) => errors.push(event.detail.code));
    await withWarnings(async (warnings) => {
      button(figure, 'Play').click();
      await waitUntil(() => status(figure).includes('Web Audio'));
      expect(warnings.join(' ')).to.contain('Web Audio');
    });
    expect(errors).to.deep.equal(['no-audio']);
    expect(button(figure, 'Play')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('chart tools: the buttons', () => {
  it('are named buttons under every chart, after the table, and pass axe and the IBM engine', async () => {
    const el = await chart(html`<mlops-demographics sonify></mlops-demographics>`);
    for (const figure of figures(el)) {
      const title = text(figure.querySelector('[role="heading"]'));
      expect(buttons(figure).map((each) => text(each))).to.deep.equal(
        ['Download CSV', 'Copy table', 'Download SVG', 'Download PNG', 'Play'].map((label) => `${label}: ${title}`),
      );
      expect(figure.querySelector('details')!.compareDocumentPosition(buttons(figure)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    }
    await expect(el).to.be.accessible();
    await expectNoIbmViolations(el, 'buttons');
  });
});

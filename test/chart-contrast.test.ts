/**
 * Colour with meaning and contrast (WCAG 1.4.11, non-text contrast 3:1), measured on the rendered
 * charts: every bar's fill against what is behind it (the page's background, and the row's highlight
 * when the bar is selected), every texture against its bar, every outline against the background;
 * the single-series charts (gender, age) in one hue, the platform chart in distinct colours.
 *
 * What is emulated, and how, differs by engine and is said here rather than hidden:
 * - light and dark: the page's `color-scheme` (what the elements' light-dark() tokens follow), set on
 *   the container, as a page does; in every engine.
 * - dark through the reader's setting (`prefers-color-scheme: dark` on a page that declares
 *   `color-scheme: light dark`): only where the driver emulates the media feature (emulateMedia:
 *   Chromium; the test says when it is skipped).
 * - `prefers-contrast: more`: no driver here can switch it (puppeteer 24 accepts only
 *   prefers-color-scheme, prefers-reduced-motion and color-gamut; WebDriver classic none), so the
 *   elements' own `@media (prefers-contrast: more)` rules are applied unconditionally, light and dark.
 *   The browser's own changes in that mode are not part of it.
 * - print: Chromium only (emulateMedia({ media: 'print' })); other engines cannot emulate print media.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define/mlops-demographics.js';
import '../src/define/mlops-feedback-results.js';
import { applyMediaRules, darken } from './helpers/colours.js';
import { backgroundsBehind, composite, contrast, hex, isInvisible, type Rgb } from './helpers/contrast.js';
import { shadow } from './helpers/dom.js';
import { isChromium, overWebDriver } from './helpers/engine.js';
import { settle, until } from './helpers/wait.js';

const SUMMARY = new URL('./fixtures/feedback-summary.json', import.meta.url).href;
const MINIMUM = 3;

interface Theme {
  name: string;
  /** Colours the container as a page would; false when this engine cannot show the theme. */
  prepare(container: HTMLElement): Promise<boolean>;
  /** After the charts rendered (the media rules to lay over them). */
  rendered?(container: HTMLElement): void;
  restore?(): Promise<void>;
}

const light = (container: HTMLElement) => {
  container.style.colorScheme = 'light';
  container.style.background = '#ffffff';
  container.style.color = '#1f2328';
};

/** The prefers-contrast: more rules laid over the rendered elements; at least one must exist, or the state would equal the default. */
function moreContrast(container: HTMLElement): void {
  expect(applyMediaRules(container, /prefers-contrast:\s*more/), 'the charts have prefers-contrast: more rules').to.be.greaterThan(0);
}

async function emulateScheme(colorScheme: 'light' | 'dark'): Promise<void> {
  if (overWebDriver) return; // classic WebDriver (WebKit) has no media emulation
  try {
    await emulateMedia({ colorScheme });
  } catch {
    // The driver refused (Firefox over BiDi): the media query below says it did not happen.
  }
}

const themes: Theme[] = [
  { name: 'light', prepare: async (container) => (light(container), true) },
  { name: 'dark (color-scheme: dark)', prepare: async (container) => (darken(container), true) },
  {
    name: 'dark (prefers-color-scheme: dark, page in color-scheme: light dark)',
    prepare: async (container) => {
      await emulateScheme('dark');
      if (!matchMedia('(prefers-color-scheme: dark)').matches) return false;
      container.style.colorScheme = 'light dark';
      container.style.background = 'light-dark(#ffffff, #0d1117)';
      container.style.color = 'light-dark(#1f2328, #e6edf3)';
      return true;
    },
    restore: () => emulateScheme('light'),
  },
  { name: 'prefers-contrast: more, light', prepare: async (container) => (light(container), true), rendered: moreContrast },
  { name: 'prefers-contrast: more, dark', prepare: async (container) => (darken(container), true), rendered: moreContrast },
];

interface Measured {
  chart: string;
  bar: string;
  fill?: Rgb;
  /** The pixel behind the bar: the page's background, with the row's highlight over it. */
  behind: Rgb;
  /** The texture, where one is drawn. */
  ink?: Rgb;
  outline: Rgb;
}

/** The computed paint of the pattern's `.fill` and `.ink` that a bar of <mlops-demographics> is filled with. */
function patternOf(bar: SVGRectElement): { fill: string; ink: string } {
  const pattern = (bar.getRootNode() as ShadowRoot).querySelector(bar.getAttribute('fill')!.slice(4, -1))!;
  return { fill: getComputedStyle(pattern.querySelector('.fill')!).fill, ink: getComputedStyle(pattern.querySelector('.ink')!).stroke };
}

/** Every bar of every chart in `el`, measured. */
function measure(el: Element): Measured[] {
  const measured: Measured[] = [];
  for (const figure of shadow(el).querySelectorAll('figure')) {
    // A chart of <mlops-demographics> by its heading; <mlops-feedback-results> has one chart.
    const chart = figure.querySelector('[role="heading"]')?.textContent ?? el.localName;
    for (const option of figure.querySelectorAll('[role="option"]')) {
      const bar = option.querySelector<SVGRectElement>('.bar')!;
      const row = getComputedStyle(option.querySelector('.row')!).fill;
      const page = backgroundsBehind(option);
      const behind = composite([...page, row]);
      const paint = bar.getAttribute('fill')?.startsWith('url(') ? patternOf(bar) : { fill: getComputedStyle(bar).fill, ink: 'none' };
      const fill = isInvisible(paint.fill) ? undefined : composite([...page, row, paint.fill]);
      const ink = isInvisible(paint.ink) ? undefined : composite([...page, row, ...(fill ? [paint.fill] : []), paint.ink]);
      measured.push({ chart, bar: option.getAttribute('aria-label')!, fill, behind, ink, outline: composite([...page, row, getComputedStyle(bar).stroke]) });
    }
  }
  return measured;
}

const ratio = (a: Rgb, b: Rgb) => Math.round(contrast(a, b) * 100) / 100;

function expectAtLeast(a: Rgb, b: Rgb, what: string): number {
  const value = ratio(a, b);
  expect(value, `${what}: ${hex(a)} on ${hex(b)} is ${value}:1`).to.be.at.least(MINIMUM);
  return value;
}

async function renderCharts(container: HTMLElement): Promise<Element[]> {
  const charts = document.createElement('mlops-demographics');
  const results = document.createElement('mlops-feedback-results');
  results.setAttribute('src', SUMMARY);
  container.append(charts, results);
  await settle(charts);
  await until(() => !!shadow(results).querySelector('[part~="headline"]'), 'the feedback summary did not load', 5000);
  await settle(results);
  // A selected bar in each chart: its row's highlight is behind it then.
  for (const chart of shadow(charts).querySelectorAll('[part~="chart"]')) {
    chart.querySelector('[data-index="1"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }
  await settle(charts);
  // The bars grow in with an animation: measure them at rest.
  await Promise.all(
    shadow(charts)
      .getAnimations()
      .map((animation) => animation.finished),
  );
  return [charts, results];
}

for (const theme of themes) {
  describe(`chart contrast: ${theme.name}`, () => {
    let container: HTMLElement;
    let measured: Measured[];

    before(async function () {
      container = await fixture<HTMLDivElement>(html`<div style="padding: 16px"></div>`);
      if (!(await theme.prepare(container))) {
        await theme.restore?.();
        this.skip();
      }
      const elements = await renderCharts(container);
      theme.rendered?.(container);
      measured = elements.flatMap(measure);
    });
    after(async () => {
      await theme.restore?.();
    });

    const of = (chart: string) => measured.filter((bar) => bar.chart === chart);

    it('draws every bar and measures it', () => {
      // 4 platform bars (3 itemised, the rest not itemised), 2 gender, 7 age, 5 ratings.
      expect(['Platform distribution', 'Gender', 'Age'].map((chart) => of(chart).length)).to.deep.equal([4, 2, 7]);
      expect(measured.length).to.equal(18);
    });

    it('every bar is at least 3:1 against what is behind it, and so is its outline', () => {
      const lowest: Record<string, number> = {};
      for (const bar of measured) {
        // The not-itemised bar has no fill: its hatching and dashed outline are what is seen.
        const face = bar.fill ?? bar.ink!;
        const value = expectAtLeast(face, bar.behind, `${bar.chart}, ${bar.bar}, ${bar.fill ? 'fill' : 'hatching'}`);
        expectAtLeast(bar.outline, bar.behind, `${bar.chart}, ${bar.bar}, outline`);
        lowest[bar.chart] = Math.min(lowest[bar.chart] ?? Infinity, value);
      }
      console.log(`chart contrast, ${theme.name}: lowest bar/background ratio per chart ${JSON.stringify(lowest)}`);
    });

    it('every texture drawn is at least 3:1 against its bar; the platform chart draws one on every bar', () => {
      const platforms = of('Platform distribution');
      expect(
        platforms.every((bar) => bar.ink),
        'a texture on every platform bar',
      ).to.equal(true);
      const textured = measured.filter((bar) => bar.ink && bar.fill);
      const ratios = textured.map((bar) => expectAtLeast(bar.ink!, bar.fill!, `${bar.chart}, ${bar.bar}, texture`));
      console.log(`chart contrast, ${theme.name}: lowest texture/bar ratio ${Math.min(...ratios)} over ${ratios.length} textured bars`);
    });

    it('gender and age are one series in one hue, without textures on screen; the platforms are distinct colours', () => {
      for (const chart of ['Gender', 'Age']) {
        const bars = of(chart);
        expect(new Set(bars.map((bar) => hex(bar.fill!))).size, `${chart}: one hue`).to.equal(1);
        expect(
          bars.filter((bar) => bar.ink),
          `${chart}: no texture on screen`,
        ).to.deep.equal([]);
      }
      const itemised = of('Platform distribution').filter((bar) => bar.fill);
      expect(itemised).to.have.length(3);
      expect(new Set(itemised.map((bar) => hex(bar.fill!))).size, 'a colour per platform').to.equal(3);
    });
  });
}

describe('chart textures in print', () => {
  it('single-series charts keep their textures on paper, at least 3:1 against the bar (Chromium emulates print)', async function () {
    if (!isChromium) this.skip();
    const container = await fixture<HTMLDivElement>(html`<div style="padding: 16px"></div>`);
    light(container);
    const [charts] = await renderCharts(container);
    await emulateMedia({ media: 'print' });
    try {
      await until(() => matchMedia('print').matches, 'print media is not emulated');
      const bars = measure(charts).filter((bar) => bar.chart !== 'Platform distribution');
      expect(bars).to.have.length(9);
      for (const bar of bars) {
        expect(bar.ink, `${bar.chart}, ${bar.bar}: a texture in print`).to.not.equal(undefined);
        expectAtLeast(bar.ink!, bar.fill!, `${bar.chart}, ${bar.bar}, texture in print`);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

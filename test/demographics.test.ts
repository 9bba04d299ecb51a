import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { bundledAge, bundledGender, bundledPlatforms, itemisedPercent, loadBundledProfile } from '../src/data/index.js';
import type { Profile } from '../src/data/types.js';
import '../src/define/mlops-demographics.js';
import { drawnLabel, type MlopsDemographics } from '../src/elements/demographics/demographics.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { darkPage } from './helpers/colours.js';
import { shadow, text } from './helpers/dom.js';
import { isChromium } from './helpers/engine.js';
import { provideProfile } from './helpers/profile.js';
import { withWarnings } from './helpers/warnings.js';

const figures = (el: MlopsDemographics) => [...shadow(el).querySelectorAll('figure')];
const items = (scope: ParentNode) => [...scope.querySelectorAll<SVGGElement>('[role="listbox"] > [role="option"]')];
const barRect = (item: Element) => item.querySelector<SVGRectElement>('[part~="bar"]')!;
const readout = (scope: ParentNode) => text(scope.querySelector('[aria-live="polite"]'));
const toggle = (scope: ParentNode) => scope.querySelector<HTMLElement>('[part="toggle"]')!;
const table = (scope: ParentNode) => scope.querySelector<HTMLTableElement>('[part="table"]')!;
// Not the box alone: a closed <details> keeps its content laid out for layout queries (content-visibility: hidden) but shows none of it.
const isShown = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().height > 0;

interface AccessibleNode {
  name?: string;
  expanded?: boolean;
  children?: AccessibleNode[];
}

/**
 * What a screen reader is told about the node named `name`: its expanded state, from Chromium's
 * accessibility tree (a native disclosure has no aria-expanded attribute to read). Undefined elsewhere.
 */
async function announced(name: string): Promise<{ expanded: boolean } | undefined> {
  if (!isChromium) return undefined;
  // Chromium joins the visible text and the visually hidden ": Age" with a space ("Show table : Age").
  const spoken = (node: AccessibleNode) => node.name?.replace(/\s+:/g, ':');
  const find = (node: AccessibleNode): AccessibleNode | undefined => (spoken(node) === name ? node : node.children?.map(find).find(Boolean));
  const node = find((await a11ySnapshot({})) as unknown as AccessibleNode);
  return node && { expanded: node.expanded ?? false };
}

/** "0.5 %" the way the element writes it, so that expectations follow the data rather than repeat it. */
const percent = (value: number) => `${value} %`;

async function chart(markup: ReturnType<typeof html>): Promise<MlopsDemographics> {
  const host = await fixture<HTMLElement>(markup);
  const el = (host.matches('mlops-demographics') ? host : host.querySelector('mlops-demographics')) as MlopsDemographics;
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await resetMouse();
});

describe('<mlops-demographics>: what it draws', () => {
  it('draws platforms, gender and age in that order without a chart attribute', async () => {
    const el = await chart(html`<mlops-demographics></mlops-demographics>`);
    const headings = figures(el).map((figure) => figure.querySelector('[role="heading"]'));
    expect(headings.map(text)).to.deep.equal(['Platform distribution', 'Gender', 'Age']);
    expect(headings.every((heading) => heading!.getAttribute('aria-level') === '3')).to.equal(true);
    for (const figure of figures(el)) {
      expect(figure.firstElementChild!.localName).to.equal('figcaption');
      expect(figure.firstElementChild!.contains(figure.querySelector('[role="heading"]'))).to.equal(true);
    }
  });

  it('draws several charts in the order the attribute names them, once each', async () => {
    const el = await chart(html`<mlops-demographics chart="age, gender Age"></mlops-demographics>`);
    expect(figures(el).map((figure) => text(figure.querySelector('[role="heading"]')))).to.deep.equal(['Age', 'Gender']);
  });

  it('draws the seven age bands with exact labels, 0.5 % included', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    expect(figures(el)).to.have.length(1);
    const bars = items(shadow(el));
    expect(bars).to.have.length(7);
    expect(bars.map((bar) => text(bar.querySelector('.label')))).to.deep.equal(['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']);
    expect(bars.map((bar) => text(bar.querySelector('.value')))).to.deep.equal(['0.5 %', '15 %', '45 %', '25 %', '10 %', '4 %', '0.5 %']);
    expect(bars.map((bar) => bar.getAttribute('aria-label')!.replace(/\s/g, ' '))).to.deep.equal(bundledAge.map((band) => `${band.label}: ${percent(band.percent)}`));
  });

  it('shows the three itemised platforms and a distinct not-itemised 40 % bar', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    const bars = items(shadow(el));
    const rest = 100 - itemisedPercent();
    expect(rest).to.equal(40);
    expect(bars.map((bar) => bar.getAttribute('aria-label')!.replace(/\s/g, ' '))).to.deep.equal([
      'Slack: 25 %',
      'GitHub: 20 %',
      'Conferences & Trade Shows: 15 %',
      'Not itemised: 40 %',
    ]);
    const unknown = bars[3];
    expect(unknown.classList.contains('not-itemised')).to.equal(true);
    expect(barRect(unknown).getAttribute('part')).to.equal('bar not-itemised');
    // Outlined with a dashed stroke and hatched on no fill, unlike every itemised bar.
    expect(getComputedStyle(barRect(unknown)).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(barRect(bars[0])).strokeDasharray).to.equal('none');
    const unknownPattern = shadow(el).querySelector(barRect(unknown).getAttribute('fill')!.slice(4, -1))!;
    expect(unknownPattern.classList.contains('unknown')).to.equal(true);
    expect(getComputedStyle(unknownPattern.querySelector('.fill')!).fill).to.match(/rgba\(0, 0, 0, 0\)|transparent/);
  });

  it('says in the caption what the platform chart leaves out, and why', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    const caption = text(shadow(el).querySelector('figcaption p'));
    expect(caption).to.equal(
      `Platform distribution: Slack 25 %, GitHub 20 %, and Conferences & Trade Shows 15 %; the other 40 % is not itemised in the source, which shows only page ${bundledPlatforms.pagesShown} of ${bundledPlatforms.pagesTotal} of the platform list.`,
    );
  });

  it('draws gender 80/20 and summarises it', async () => {
    const el = await chart(html`<mlops-demographics chart="gender"></mlops-demographics>`);
    expect(items(shadow(el)).map((bar) => bar.getAttribute('aria-label')!.replace(/\s/g, ' '))).to.deep.equal(['Male: 80 %', 'Female: 20 %']);
    expect(text(shadow(el).querySelector('figcaption p'))).to.equal('Gender: 80 % male and 20 % female.');
    expect(bundledGender.map((share) => share.percent)).to.deep.equal([80, 20]);
  });

  it('summarises the age chart by its largest and smallest groups', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    expect(text(shadow(el).querySelector('figcaption p'))).to.equal(
      'Age: the largest group is 25-34 (45 %), followed by 35-44 (25 %) and 18-24 (15 %); the smallest are 13-17 and 65+ (0.5 % each).',
    );
  });

  it('gives every bar its own pattern, with different textures within a chart (their colours: chart-contrast.test.ts)', async () => {
    const el = await chart(html`<mlops-demographics></mlops-demographics>`);
    for (const figure of figures(el)) {
      const fills = items(figure).map((item) => barRect(item).getAttribute('fill')!);
      expect(fills.every((fill) => /^url\(#[\w-]+\)$/.test(fill))).to.equal(true);
      expect(new Set(fills).size).to.equal(fills.length);
      const patterns = fills.map((fill) => figure.querySelector(`pattern${fill.slice(4, -1)}`)!);
      expect(patterns.every(Boolean)).to.equal(true);
      // Neighbouring bars differ in texture (path) and in series class, never in colour alone (the platform chart's classes give its colours).
      for (let i = 1; i < patterns.length; i++) {
        expect(patterns[i].querySelector('path')!.getAttribute('d')).to.not.equal(patterns[i - 1].querySelector('path')!.getAttribute('d'));
        expect(patterns[i].getAttribute('class')).to.not.equal(patterns[i - 1].getAttribute('class'));
      }
    }
  });

  it('keeps tiny shares visible and the other bars proportional', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const widths = items(shadow(el)).map((item) => barRect(item).getBBox().width);
    const heights = items(shadow(el)).map((item) => barRect(item).getBBox().height);
    expect(Math.min(...widths)).to.be.greaterThan(2);
    expect(Math.min(...heights)).to.be.greaterThan(5);
    // 45 % is three times 15 % and 4.5 times 10 %.
    expect(widths[2] / widths[1]).to.be.closeTo(3, 0.01);
    expect(widths[2] / widths[4]).to.be.closeTo(4.5, 0.01);
  });

  it('honours heading-level and falls back to 3 on a malformed one', async () => {
    const two = await chart(html`<mlops-demographics chart="gender" heading-level="2"></mlops-demographics>`);
    expect(shadow(two).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');

    const errors: MlopsErrorDetail[] = [];
    await withWarnings(async () => {
      const wrapper = await fixture(
        html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}>
          <mlops-demographics chart="gender" heading-level="nine"></mlops-demographics>
        </div>`,
      );
      const el = wrapper.querySelector('mlops-demographics')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    });
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-attribute']);
    expect(errors[0].message).to.contain('heading-level=“nine”');
  });

  it('formats numbers for the language of the page and survives a malformed lang', async () => {
    const german = await chart(html`<div lang="de"><mlops-demographics chart="age"></mlops-demographics></div>`);
    expect(text(items(shadow(german))[0].querySelector('.value'))).to.equal('0,5 %');
    const broken = await chart(html`<div lang="!!not a language"><mlops-demographics chart="age"></mlops-demographics></div>`);
    expect(items(shadow(broken))).to.have.length(7);
  });

  it('writes English shares as Intl would, without loading it: at most two decimals', async () => {
    const profile = structuredClone(await loadBundledProfile()) as Profile;
    const shares = [0, 0.5, 12.345, 33.333333, 66.666666, 99.99, 100];
    profile.age = shares.map((percent, index) => ({ id: `band-${index}`, label: `band ${index}`, percent }));
    const provider = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    provideProfile(provider, profile);
    const el = document.createElement('mlops-demographics');
    el.chart = 'age';
    provider.append(el);
    await el.updateComplete;
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    expect(items(shadow(el)).map((bar) => text(bar.querySelector('.value')))).to.deep.equal(shares.map((share) => `${intl.format(share)} %`));
  });

  it('draws a dataset provided by an enclosing profile: no not-itemised bar when platforms add up, a notice for a chart without data', async () => {
    const profile = structuredClone(await loadBundledProfile()) as Profile;
    profile.name = 'Test Community';
    profile.platforms = {
      items: [
        { ...profile.platforms.items[0], percent: 60 },
        { ...profile.platforms.items[1], percent: 40 },
      ],
      pagesShown: 1,
      pagesTotal: 1,
    };
    profile.gender = [];
    const provider = await fixture<HTMLDivElement>(html`<div></div>`);
    provideProfile(provider, profile);
    const el = document.createElement('mlops-demographics');
    el.chart = 'platforms gender';
    provider.append(el);
    await el.updateComplete;
    const [platforms, gender] = figures(el);
    expect(items(platforms).map((bar) => bar.getAttribute('aria-label')!.replace(/\s/g, ' '))).to.deep.equal(['Slack: 60 %', 'GitHub: 40 %']);
    expect(text(platforms.querySelector('figcaption p'))).to.equal('Platform distribution: Slack 60 % and GitHub 40 %.');
    expect(text(platforms.querySelector('caption'))).to.contain('Test Community');
    expect(text(gender.querySelector('figcaption p'))).to.equal('Gender: this profile has no data for this chart.');
    expect(gender.querySelector('svg, table')).to.equal(null);
  });
});

describe('<mlops-demographics>: data table', () => {
  it('is hidden behind a native disclosure, announced collapsed or expanded, and shows the numbers in a real table', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const summary = toggle(shadow(el));
    const data = table(shadow(el));
    const disclosure = summary.parentElement as HTMLDetailsElement;
    // A <details> with its <summary> first and the table inside: it opens without script (prerendered pages).
    expect(summary.localName).to.equal('summary');
    expect(disclosure.localName).to.equal('details');
    expect(disclosure.firstElementChild).to.equal(summary);
    expect(disclosure.contains(data)).to.equal(true);
    expect(disclosure.open).to.equal(false);
    expect(text(summary)).to.equal('Show table: Age');
    expect(isShown(data)).to.equal(false);
    expect(await announced('Show table: Age')).to.deep.equal(isChromium ? { expanded: false } : undefined);

    summary.click();
    await waitUntil(() => text(summary) === 'Hide table: Age', 'the toggle says what it does next');
    expect(disclosure.open).to.equal(true);
    expect(isShown(data)).to.equal(true);
    expect(await announced('Hide table: Age')).to.deep.equal(isChromium ? { expanded: true } : undefined);
    expect(text(data.caption)).to.equal('Age in the Machine Learning Operations (MLOps) community, in percent');
    const headerCells = [...data.tHead!.rows[0].cells];
    expect(headerCells.map((cell) => [cell.localName, cell.getAttribute('scope'), text(cell)])).to.deep.equal([
      ['th', 'col', 'Age group'],
      ['th', 'col', 'Share of the community'],
    ]);
    const rows = [...data.tBodies[0].rows];
    expect(rows.map((row) => row.cells.length)).to.deep.equal(Array(7).fill(2));
    expect(rows.map((row) => [row.cells[0].localName, row.cells[0].getAttribute('scope'), text(row.cells[0]), text(row.cells[1])])).to.deep.equal(
      bundledAge.map((band) => ['th', 'row', band.label, percent(band.percent)]),
    );

    summary.click();
    await waitUntil(() => text(summary) === 'Show table: Age', 'back to "Show table"');
    expect(disclosure.open).to.equal(false);
    expect(isShown(data)).to.equal(false);
    expect(await announced('Show table: Age')).to.deep.equal(isChromium ? { expanded: false } : undefined);
  });

  it('opens and closes from the keyboard: Enter and Space on the toggle', async () => {
    const el = await chart(html`<mlops-demographics chart="gender"></mlops-demographics>`);
    const summary = toggle(shadow(el));
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isShown(table(shadow(el))) && text(summary) === 'Hide table: Gender', 'Enter shows the table');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !isShown(table(shadow(el))) && text(summary) === 'Show table: Gender', 'Space hides it');
    expect(shadow(el).activeElement).to.equal(summary);
  });

  it('follows the disclosure however it opens (find in page, script): the wording and the next render agree', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const disclosure = toggle(shadow(el)).parentElement as HTMLDetailsElement;
    disclosure.open = true;
    await waitUntil(() => text(toggle(shadow(el))) === 'Hide table: Age', 'opened from script');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(disclosure.open, 'a render for another reason keeps it open').to.equal(true);
  });

  it('lists the not-itemised share as its own row', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    toggle(shadow(el)).click();
    await el.updateComplete;
    const rows = [...table(shadow(el)).tBodies[0].rows].map((row) => [...row.cells].map(text));
    expect(rows).to.deep.equal([
      ['Slack', '25 %'],
      ['GitHub', '20 %'],
      ['Conferences & Trade Shows', '15 %'],
      ['Not itemised', '40 %'],
    ]);
  });

  it('opens one chart’s table without opening the others', async () => {
    const el = await chart(html`<mlops-demographics></mlops-demographics>`);
    const [platforms, gender, age] = figures(el);
    toggle(gender).click();
    await waitUntil(() => text(toggle(gender)).startsWith('Hide table'));
    expect([platforms, gender, age].map((figure) => isShown(table(figure)))).to.deep.equal([false, true, false]);
    expect([platforms, gender, age].map((figure) => text(toggle(figure)).split(':')[0])).to.deep.equal(['Show table', 'Hide table', 'Show table']);
  });
});

describe('<mlops-demographics>: keyboard, pointer and touch', () => {
  it('is one tab stop per chart; arrows, Home and End move between bars and the readout follows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <mlops-demographics chart="age"></mlops-demographics>
    </div>`);
    const el = wrapper.querySelector('mlops-demographics')!;
    await el.updateComplete;
    const bars = items(shadow(el));
    const focused = () => bars.indexOf(shadow(el).activeElement as SVGGElement);
    const tabStops = () => bars.filter((bar) => bar.getAttribute('tabindex') === '0').length;
    expect(tabStops()).to.equal(1);
    expect(readout(shadow(el))).to.equal('');

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused() === 0, 'Tab reaches the first bar');
    await waitUntil(() => readout(shadow(el)) === '13-17: 0.5 %', 'readout of the first bar');
    expect(bars[0].classList.contains('active')).to.equal(true);

    const steps: [string, number, string][] = [
      ['ArrowRight', 1, '18-24: 15 %'],
      ['ArrowDown', 2, '25-34: 45 %'],
      ['ArrowUp', 1, '18-24: 15 %'],
      ['End', 6, '65+: 0.5 %'],
      ['ArrowDown', 6, '65+: 0.5 %'],
      ['Home', 0, '13-17: 0.5 %'],
      ['ArrowLeft', 0, '13-17: 0.5 %'],
      ['ArrowRight', 1, '18-24: 15 %'],
    ];
    for (const [key, index, expected] of steps) {
      await sendKeys({ press: key });
      await waitUntil(() => focused() === index && readout(shadow(el)) === expected, `${key} → bar ${index}`);
      await el.updateComplete;
      expect(tabStops()).to.equal(1);
      expect(bars[index].getAttribute('tabindex')).to.equal('0');
      expect(bars[index].classList.contains('active')).to.equal(true);
      expect(bars.filter((bar) => bar.classList.contains('active'))).to.have.length(1);
      // The listbox's selection is the bar in focus, for screen readers as for the eye.
      expect(bars.map((bar) => bar.getAttribute('aria-selected'))).to.deep.equal(bars.map((_, at) => String(at === index)));
    }
    // The highlighted bar is drawn differently (outlined in the accent colour), not only announced.
    expect(getComputedStyle(barRect(bars[1])).stroke).to.not.equal(getComputedStyle(barRect(bars[0])).stroke);

    // Tab leaves the chart for the table toggle: the other bars are not tab stops.
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => shadow(el).activeElement === toggle(shadow(el)), 'Tab moves on to the table toggle');
  });

  it('shows the readout of the bar under the pointer', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const bar = items(shadow(el))[2];
    const box = bar.querySelector('.row')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 3), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => readout(shadow(el)) === '25-34: 45 %', 'hover readout');
    expect(bar.classList.contains('active')).to.equal(true);

    const other = items(shadow(el))[5].querySelector('.row')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(other.left + 10), Math.round(other.top + other.height / 2)] });
    await waitUntil(() => readout(shadow(el)) === '55-64: 4 %', 'readout follows the pointer');
  });

  it('a tap or click selects and focuses the bar', async () => {
    const el = await chart(html`<mlops-demographics chart="gender"></mlops-demographics>`);
    const bar = items(shadow(el))[1];
    const box = bar.querySelector('.row')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => shadow(el).activeElement === bar, 'the tapped bar takes focus');
    expect(readout(shadow(el))).to.equal('Female: 20 %');
    expect(bar.getAttribute('tabindex')).to.equal('0');
  });
});

describe('<mlops-demographics>: bad input', () => {
  it('shows a notice, warns once and fires mlops-error with a suggestion for an unknown chart', async () => {
    const errors: MlopsErrorDetail[] = [];
    let el!: MlopsDemographics;
    const warnings = await withWarnings(async (warned) => {
      const wrapper = await fixture(
        html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}>
          <mlops-demographics chart="platfrom"></mlops-demographics>
        </div>`,
      );
      el = wrapper.querySelector('mlops-demographics')!;
      await el.updateComplete;
      return warned;
    });
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('invalid-chart');
    expect(errors[0].suggestion).to.equal('platforms');
    expect(errors[0].message).to.contain('“platfrom”');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('“platfrom”').and.contain('platforms');
    const notice = shadow(el).querySelector('[part="message"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.contain('Unknown chart “platfrom”').and.contain('Did you mean “platforms”?');
    expect(figures(el)).to.have.length(0);
  });

  it('draws the valid charts of a list beside the notice for the invalid one', async () => {
    const errors: MlopsErrorDetail[] = [];
    await withWarnings(async () => {
      const wrapper = await fixture(
        html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}>
          <mlops-demographics chart="gender ages"></mlops-demographics>
        </div>`,
      );
      const el = wrapper.querySelector('mlops-demographics')!;
      await el.updateComplete;
      expect(figures(el).map((figure) => text(figure.querySelector('[role="heading"]')))).to.deep.equal(['Gender']);
      expect(text(shadow(el).querySelector('[part="message"]')))
        .to.contain('“ages”')
        .and.contain('Did you mean “age”?');
    });
    expect(errors.map((error) => [error.code, error.suggestion])).to.deep.equal([['invalid-chart', 'age']]);
  });

  it('renders a hostile chart value as text', async () => {
    const hostile = '<img src=x onerror="window.__demographicsPwned=1"><script>window.__demographicsPwned=2</script>';
    let el!: MlopsDemographics;
    await withWarnings(async () => {
      el = await chart(html`<mlops-demographics chart=${hostile}></mlops-demographics>`);
    });
    const notice = text(shadow(el).querySelector('[part="message"]'));
    expect(notice).to.contain('“<img”');
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    // Nothing may run in the next task either: an injected handler would have run by then.
    await aTimeout(0);
    expect((window as unknown as Record<string, unknown>).__demographicsPwned).to.equal(undefined);
  });

  it('draws at most 100 characters of a label, counting characters, not UTF-16 units', () => {
    expect(drawnLabel('a'.repeat(100))).to.equal('a'.repeat(100));
    expect(drawnLabel('a'.repeat(101))).to.equal(`${'a'.repeat(99)}…`);
    // 100 characters of two units each stay whole; one more is cut between characters.
    expect(drawnLabel('🧪'.repeat(100))).to.equal('🧪'.repeat(100));
    expect(drawnLabel('🧪'.repeat(101))).to.equal(`${'🧪'.repeat(99)}…`);
    expect(drawnLabel(`${'a'.repeat(99)}${'🧪'.repeat(2)}`)).to.equal(`${'a'.repeat(99)}…`);
    expect(drawnLabel(`${'🧪'.repeat(50)}${'a'.repeat(50)}`)).to.equal(`${'🧪'.repeat(50)}${'a'.repeat(50)}`);
  });

  it('recovers when the chart attribute is corrected', async () => {
    let el!: MlopsDemographics;
    await withWarnings(async () => {
      el = await chart(html`<mlops-demographics chart="genderr"></mlops-demographics>`);
    });
    el.chart = 'gender';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="message"]')).to.equal(null);
    expect(figures(el)).to.have.length(1);
  });
});

describe('<mlops-demographics>: accessibility (axe)', () => {
  it('passes with the tables hidden', async () => {
    const el = await chart(html`<mlops-demographics></mlops-demographics>`);
    await expect(el).to.be.accessible();
  });

  it('passes with the tables shown', async () => {
    const el = await chart(html`<mlops-demographics></mlops-demographics>`);
    figures(el).forEach((figure) => toggle(figure).click());
    await el.updateComplete;
    expect(figures(el).every((figure) => isShown(table(figure)))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('passes with a bar focused and highlighted', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    const bar = items(shadow(el))[3];
    // A real click: a programmatic focus() fires no focus events while the test window lacks focus (Firefox).
    const box = bar.querySelector('.row')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => shadow(el).activeElement === bar && readout(shadow(el)) === 'Not itemised: 40 %');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes with the notice for an invalid chart', async () => {
    let el!: MlopsDemographics;
    await withWarnings(async () => {
      el = await chart(html`<mlops-demographics chart="gender bogus"></mlops-demographics>`);
    });
    await expect(el).to.be.accessible();
  });

  it('passes on a dark page, tables and notice included', async () => {
    const page = darkPage();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(page);
    const el = document.createElement('mlops-demographics');
    await withWarnings(async () => {
      el.chart = 'platforms gender age nonsense';
      page.append(el);
      await el.updateComplete;
    });
    figures(el).forEach((figure) => toggle(figure).click());
    items(figures(el)[2])[2].focus();
    await el.updateComplete;
    // The tokens really switched: the text is light on the dark page.
    expect(getComputedStyle(shadow(el).querySelector('figcaption')!).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });
});

describe('<mlops-demographics>: layout and motion', () => {
  it('fits a 320 px wide column: no horizontal overflow, every label inside the chart', async () => {
    const column = await fixture<HTMLDivElement>(html`<div></div>`);
    column.style.width = '320px';
    const el = document.createElement('mlops-demographics');
    column.append(el);
    await el.updateComplete;
    figures(el).forEach((figure) => toggle(figure).click());
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const svgElement of shadow(el).querySelectorAll('svg')) {
      const width = svgElement.getBoundingClientRect().width;
      for (const label of svgElement.querySelectorAll<SVGTextElement>('text')) {
        const box = label.getBBox();
        expect(box.x + box.width, `${label.textContent} fits`).to.be.at.most(width);
        expect(box.width).to.be.greaterThan(0);
      }
    }
  });

  it('keeps every animation and transition inside prefers-reduced-motion: no-preference', async () => {
    const el = await chart(html`<mlops-demographics chart="age"></mlops-demographics>`);
    const sheets = [...shadow(el).adoptedStyleSheets];
    expect(sheets.length).to.be.greaterThan(0);
    let animatedInsideMotionQuery = 0;
    const visit = (rules: CSSRuleList, insideMotionQuery: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          visit(rule.cssRules, insideMotionQuery || rule.conditionText.includes('prefers-reduced-motion: no-preference'));
        } else if (rule instanceof CSSStyleRule) {
          const moves = /\b(animation|transition)/.test(rule.cssText);
          if (moves) expect(insideMotionQuery, rule.cssText).to.equal(true);
          if (moves && insideMotionQuery) animatedInsideMotionQuery++;
        }
      }
    };
    sheets.forEach((sheet) => visit(sheet.cssRules, false));
    expect(animatedInsideMotionQuery).to.be.greaterThan(0);
  });

  it('under forced-colors, bars, textures and the highlight take system colours (the rules win the cascade)', async () => {
    const el = await chart(html`<mlops-demographics chart="platforms"></mlops-demographics>`);
    const forced: string[] = [];
    for (const sheet of shadow(el).adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) {
          forced.push(...[...rule.cssRules].map((inner) => inner.cssText));
        }
      }
    }
    expect(forced.length).to.be.greaterThan(0);
    // Apply the forced-colors rules unconditionally (headless engines cannot all emulate the mode).
    const emulation = new CSSStyleSheet();
    emulation.replaceSync(forced.join('\n'));
    shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, emulation];
    const bars = items(shadow(el));
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (value: string) => {
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const [canvas, canvasText, highlight] = [system('Canvas'), system('CanvasText'), system('Highlight')];
    probe.remove();
    for (const pattern of shadow(el).querySelectorAll('pattern')) {
      expect(getComputedStyle(pattern.querySelector('.fill')!).fill, 'pattern background').to.equal(canvas);
      expect(getComputedStyle(pattern.querySelector('.ink')!).stroke, 'pattern texture').to.equal(canvasText);
    }
    expect(getComputedStyle(barRect(bars[0])).stroke).to.equal(canvasText);
    expect(getComputedStyle(barRect(bars[3])).stroke).to.equal(canvasText);
    const box = bars[2].querySelector('.row')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => bars[2].classList.contains('active'), 'the hovered bar is highlighted');
    expect(getComputedStyle(barRect(bars[2])).stroke).to.equal(highlight);
  });
});

import { html, nothing, type PropertyDeclarations, type PropertyValues, svg } from 'lit';
import { bundledPlatformShares, chartAge, chartGender, itemisedPercent } from '../../data/demographics.js';
import { bundledProfileName } from '../../data/identity.js';
import { MlopsElement } from '../../internal/base.js';
import { reportError } from '../../internal/events.js';
import { languageOf } from '../../internal/i18n.js';
import { demographicsStrings, type CaptionEntry } from './demographics.strings.js';
import { demographicsStyles } from './demographics.styles.js';

const CHARTS = ['platforms', 'gender', 'age'] as const;

type ChartTools = typeof import('./chart-tools.js');
type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

/** A chart `<mlops-demographics>` can draw. */
export type DemographicsChart = (typeof CHARTS)[number];

/** One bar: a label from the data and its exact share. */
interface Bar extends CaptionEntry {
  notItemised?: boolean;
}

/** Row geometry in em, so the chart follows the text size instead of scaling text with its width. */
const ROW = 2.8;
const BAR_TOP = 1.3;
/** The longest bar spans this share of the width; the rest is room for its value label. */
const SPAN = 75;
/** The buttons under each chart that every chart has; `play` joins them with `sonify`. */
const TOOLS = ['csv', 'copy', 'svg', 'png'] as const;

/** What a button under a chart does (the labels of `strings.tools`, but `stop`, which is `play` while playing). */
export type ChartTool = (typeof TOOLS)[number] | 'play';

/** Tiny shares (0.5 %) still get a visible bar; their label stays exact. */
const MIN_WIDTH = 1;
/** One texture per series besides its colour: "/" lines, dots, vertical lines, cross-hatch. */
const TEXTURES = ['M-2 2l4-4M0 8l8-8M6 10l4-4', 'M2 2h0M6 6h0', 'M4 0v8', 'M0 0l8 8M8 0l-8 8'];
/** The not-itemised share: "\" lines on no fill, unlike any series. */
const UNKNOWN_TEXTURE = 'M-2 6l4 4M0 0l8 8M6-2l4 4';

/**
 * The most characters of a label drawn in the chart, more than a row can show at any width. Longer
 * labels (a page's own dataset may have them) are cut in the drawing only: SVG text layout is
 * quadratic in WebKit (20,000 characters take half a minute), and the accessible name, the readout
 * and the table keep the whole label.
 */
const MAX_DRAWN_LABEL = 100;

/** A label as drawn in the chart: whole, or cut at a character (not inside a surrogate pair) with "…". */
export function drawnLabel(label: string): string {
  // The characters of no more UTF-16 units than one more character than the limit can take (two each): a
  // huge label is never split whole, and a pair cut at the end of the slice is past the characters kept.
  const characters = label.length > MAX_DRAWN_LABEL ? [...label.slice(0, 2 * MAX_DRAWN_LABEL + 2)] : [];
  return characters.length > MAX_DRAWN_LABEL ? `${characters.slice(0, MAX_DRAWN_LABEL - 1).join('')}…` : label;
}

/** Rounded to two decimals, without float noise (19.6, not 19.599999999999998). */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/** An SVG length in em ("19.6em"). */
const em = (value: number) => `${hundredths(value)}em`;

/**
 * A share in English digits (at most two decimals, as Intl gives them; a share is never large
 * enough to group), without Intl: a page's first Intl.NumberFormat loads locale data, about 20 ms
 * of a cold page's first chart.
 */
const englishPercent = (value: number) => String(hundredths(value));

/** A share in the digits of `lang` (the browser's locale for a malformed one), two decimals at most. */
function intlPercent(lang: string): (value: number) => string {
  const options = { maximumFractionDigits: 2 };
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(lang || undefined, options);
  } catch {
    format = new Intl.NumberFormat(undefined, options);
  }
  return (value) => format.format(value);
}

/**
 * The chart name a mistyped value most likely meant ("platfrom" → "platforms", "ages" → "age"):
 * one containing the other, or the same first three letters. Three fixed names need no edit
 * distance, and skipping it keeps the shared lookup code out of this element's bundle.
 */
export function suggestChart(value: string): DemographicsChart | undefined {
  const key = value.trim().toLowerCase().slice(0, 40);
  if (key.length < 2) return undefined;
  return CHARTS.find((chart) => key.includes(chart) || chart.includes(key)) ?? CHARTS.find((chart) => chart.slice(0, 3) === key.slice(0, 3));
}

/**
 * Bar charts of the profile's demographics — platform distribution, gender and age — drawn as SVG,
 * each in a `<figure>` with a heading, a summary caption, direct value labels, and a "Show table"
 * disclosure over a real data table: a native `<details>`, which opens without script too
 * (prerendered, before or without the script). The bars of a chart are one tab stop: arrow keys,
 * Home and End move between them, and a polite live region reads the value of the bar in focus,
 * under the pointer or tapped. As in Highcharts' accessibility module,
 * each bar is a focusable element named by its label and value; its role is one ARIA lets take
 * focus (a focusable list item is no widget, which checkers flag): the chart is a single-select
 * listbox whose options are its bars, the selected one the bar in focus, hovered or tapped.
 *
 * Colour means something: gender and age are one series each, drawn in one hue
 * (`--mlops-chart-series-color`), their bars told apart by their labels; the platform chart's bars
 * are distinct categories, each with its own colour and texture. Every bar keeps a texture for print
 * and forced colours, where colours are lost. No wording relies on colour.
 *
 * The platform chart shows only what the source itemises and draws the remainder as a hatched,
 * outlined "Not itemised" bar, since the source shows just the first page of its platform list.
 * Beside a `<mlops-platforms>` (same document or shadow root), Enter on a platform's bar moves to its
 * card and a click on the bar highlights it (the cards listen, and know a platform bar by its
 * pattern, `#platforms-pattern-<index>`).
 *
 * Under each chart, buttons take the data away, all made in the browser: "Download CSV" (RFC 4180,
 * UTF-8, a header row; the platform chart's not-itemised row marked in a column of its own), "Copy
 * table" (tab-separated, for a spreadsheet), "Download SVG" and "Download PNG" (the chart with its
 * heading, caption and source line drawn in). With `sonify`, a "Play" button plays the bars one after
 * another as tones whose pitch rises with the value, and announces each value as it plays. The code
 * behind the buttons loads on first use; the buttons show once the element is defined (never in the static
 * renderer's plain HTML; its declarative shadow DOM keeps their room but hides them until
 * the script defines the element).
 *
 * @tagname mlops-demographics
 * @summary Accessible bar charts of the community's platforms, gender and age, with a data table.
 *
 * @slot - Not rendered; content placed inside the element shows only before it is defined (a fallback).
 *
 * @csspart figure - Each chart's `<figure>`.
 * @csspart caption - Each chart's `<figcaption>`: heading and summary sentence.
 * @csspart chart - The box around each chart's SVG.
 * @csspart bar - Every bar (an SVG `<rect>`).
 * @csspart not-itemised - The bar of the platform share the source does not itemise (also a `bar`).
 * @csspart readout - The live line that reads the value of the bar in focus or under the pointer.
 * @csspart tools - The buttons under each chart (download, copy, play) and their status line.
 * @csspart toggle - The "Show table"/"Hide table" disclosure (a `<summary>`).
 * @csspart table - The data `<table>`.
 * @csspart message - The notice shown for an invalid `chart` value.
 *
 * @cssprop [--mlops-chart-series-color=light-dark(#0a5bb5, #70b4ff)] - The one hue of the single-series charts (gender, age); keep it 3:1 against the page.
 * @cssprop [--mlops-chart-color-1=light-dark(#0a5bb5, #70b4ff)] - First platform's colour in the platform chart (blue).
 * @cssprop [--mlops-chart-color-2=light-dark(#a34f00, #ffb169)] - Second platform's colour (orange).
 * @cssprop [--mlops-chart-color-3=light-dark(#1a7f37, #6fdd8b)] - Third platform's colour (green).
 * @cssprop [--mlops-chart-color-4=light-dark(#8250df, #c8a2ff)] - Fourth platform's colour (purple); later platforms reuse the four.
 * @cssprop [--mlops-chart-color-unknown=var(--mlops-color-muted)] - Outline and hatching of the not-itemised bar.
 * @cssprop [--mlops-chart-pattern-color=var(--mlops-color-surface)] - Colour of the textures drawn over the bar colours (platform chart on screen; every chart in print).
 * @cssprop --mlops-color-text - Text and bar outlines (shared token).
 * @cssprop --mlops-color-accent - Focus ring, highlighted bar and table toggle (shared token).
 * @cssprop --mlops-font-family - Font (shared token).
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - An invalid `chart` or `heading-level` value, an unknown chart given to a method, a refused
 * clipboard, no Web Audio; `detail` is `{ code, message, suggestion? }`.
 */
export class MlopsDemographics extends MlopsElement {
  static override readonly defaultTag = 'mlops-demographics';
  static override styles = demographicsStyles;
  static override get properties(): PropertyDeclarations {
    return {
      chart: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      sonify: { type: Boolean },
      playing: { state: true, attribute: false },
      charts: { state: true, attribute: false },
      invalidCharts: { state: true, attribute: false },
      selected: { state: true, attribute: false },
      tablesShown: { state: true, attribute: false },
    };
  }

  /**
   * Which charts to draw: `platforms`, `gender` or `age`, or several separated by spaces or commas,
   * in the given order. Without it, all three are drawn in that order.
   */
  chart?: string;

  /** The ARIA heading level (1–6) of each chart's heading, to fit the page's outline. */
  headingLevel = 3;

  /** Adds a "Play" button under each chart: its bars as tones whose pitch rises with the value, each value announced. Never plays by itself. */
  sonify = false;

  /** @internal The chart whose bars are playing (its button reads "Stop"). */
  playing?: DemographicsChart;

  /** @internal The charts drawn, in order. */
  charts: readonly DemographicsChart[] = CHARTS;
  private invalidCharts: readonly string[] = [];
  /** Per chart: the bar last focused, hovered or tapped (it holds the chart's tab stop). */
  private selected: Partial<Record<DemographicsChart, number>> = {};
  private tablesShown: Partial<Record<DemographicsChart, boolean>> = {};

  /** The number format and the language it was made for. */
  private numbers?: [lang: string, format: (value: number) => string];
  private chartSuggestion?: string;

  /** @internal */
  get strings(): typeof demographicsStrings {
    return this.localize('demographics', demographicsStrings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('chart')) this.parseChart();
    if (changed.has('headingLevel') && !this.validHeadingLevel()) {
      reportError(this, {
        code: 'invalid-attribute',
        message: this.strings.invalidHeadingLevel(this.getAttribute('heading-level') ?? this.headingLevel),
        suggestion: '3',
      });
    }
  }

  private parseChart(): void {
    const names = (this.chart ?? '').split(/[\s,]+/).filter(Boolean);
    const valid = names.map((name) => name.toLowerCase()).filter((name): name is DemographicsChart => (CHARTS as readonly string[]).includes(name));
    this.invalidCharts = names.filter((name) => !(CHARTS as readonly string[]).includes(name.toLowerCase()));
    this.charts = names.length ? [...new Set(valid)] : CHARTS;
    this.chartSuggestion = this.invalidCharts.map(suggestChart).find(Boolean);
    if (this.invalidCharts.length) {
      reportError(this, { code: 'invalid-chart', message: this.strings.invalidChart(this.invalidCharts), suggestion: this.chartSuggestion });
    }
  }

  private validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6;
  }

  /** Made at render, not construction: the language is known once the element is in the page, and may change. */
  private numberFormat(): ((value: number) => string) | undefined {
    if (!this.isConnected) return undefined;
    const lang = languageOf(this);
    if (this.numbers?.[0] !== lang) this.numbers = [lang, /^en(-|$)/i.test(lang) ? englishPercent : intlPercent(lang)];
    return this.numbers[1];
  }

  /** @internal The bars of one chart from the provided profile or the bundled one; platforms add the unknown rest. */
  bars(chart: DemographicsChart, strings: typeof demographicsStrings): { bars: Bar[]; caption: string } {
    const profile = this.providedProfile;
    // "0.5 %" in the number format of the element's language (plain digits during SSR, where there is no page).
    const numbers = this.numberFormat();
    const entry = ({ label, percent }: { label: string; percent: number }): Bar => ({
      label,
      percent,
      value: strings.percent(numbers?.(percent) ?? String(percent)),
    });
    if (chart !== 'platforms') {
      const bars = (chart === 'gender' ? (profile?.gender ?? chartGender) : (profile?.age ?? chartAge)).map(entry);
      return { bars, caption: bars.length ? strings.captions[chart](bars) : '' };
    }
    const platforms = profile?.platforms ?? bundledPlatformShares;
    const bars = platforms.items.map((platform) => entry({ label: platform.name, percent: platform.percent }));
    // Rounded so that shares like 33.3 + 33.3 do not leave a float artefact as the remainder.
    const rest = hundredths(100 - itemisedPercent(platforms));
    const restBar = rest > 0 ? { ...entry({ label: strings.notItemised, percent: rest }), notItemised: true } : undefined;
    const caption = strings.captions.platforms(bars, restBar?.value, platforms.pagesShown, platforms.pagesTotal);
    return { bars: restBar ? [...bars, restBar] : bars, caption };
  }

  override render() {
    // While an enclosing <mlops-profile src> loads, draw nothing rather than the wrong dataset.
    if (this.profilePending) return nothing;
    return html`${
      this.invalidCharts.length
        ? html`<p class="message" part="message" role="status">
          ${this.strings.invalidChart(this.invalidCharts)}${this.chartSuggestion ? this.strings.didYouMean(this.chartSuggestion) : ''}
        </p>`
        : nothing
    }${this.charts.map((chart) => this.renderChart(chart))}`;
  }

  private renderChart(chart: DemographicsChart) {
    const strings = this.strings;
    const title = strings.titles[chart];
    const { bars, caption } = this.bars(chart, strings);
    const level = this.validHeadingLevel() ? this.headingLevel : 3;
    const heading = html`<div class="heading" role="heading" aria-level=${level}>${title}</div>`;
    if (!bars.length) {
      return html`<figure part="figure"><figcaption part="caption">${heading}<p>${strings.noData(title)}</p></figcaption></figure>`;
    }
    const max = Math.max(...bars.map((bar) => bar.percent)) || 1;
    const stored = this.selected[chart];
    const selected = stored !== undefined && stored < bars.length ? stored : undefined;
    const shown = !!this.tablesShown[chart];
    // The listeners sit on the wrapper: Chromium turns an SVG element with focus listeners into a tab stop.
    return html`<figure part="figure">
      <figcaption part="caption">${heading}<p>${caption}</p></figcaption>
      <div
        part="chart"
        @keydown=${(event: KeyboardEvent) => this.onKeydown(chart, bars.length, event)}
        @focusin=${(event: FocusEvent) => this.select(chart, event)}
        @pointerover=${(event: PointerEvent) => this.select(chart, event)}
        @click=${(event: MouseEvent) => this.select(chart, event, true)}
      >
        <svg role="listbox" aria-label=${title} width="100%" height=${em(bars.length * ROW)}>
          <defs>${bars.map((bar, index) => this.renderPattern(chart, bar, index))}</defs>
          ${bars.map((bar, index) => this.renderBar(chart, bar, index, max, selected, strings))}
        </svg>
      </div>
      <p class="readout" part="readout" aria-live="polite">
        ${selected === undefined ? '' : strings.barLabel(bars[selected].label, bars[selected].value)}
      </p>
      <details ?open=${shown} @toggle=${(event: Event) => this.tableToggled(chart, event)}>
        <summary part="toggle">${shown ? strings.hideTable : strings.showTable}<span class="visually-hidden">: ${title}</span></summary>
        <table part="table">
          <caption>
            ${strings.tableCaption(title, this.providedProfile?.name ?? bundledProfileName)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${strings.categoryHeaders[chart]}</th>
              <th scope="col">${strings.shareHeader}</th>
            </tr>
          </thead>
          <tbody>
            ${bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td>${bar.value}</td></tr>`)}
          </tbody>
        </table>
      </details>
      <div class="tools" part="tools">
        ${(this.sonify ? [...TOOLS, 'play' as const] : TOOLS).map(
          (tool) =>
            html`<button type="button" @click=${() => this.tools('use', tool, chart).catch((error: Error) => reportError(this, { code: 'load-failed', message: String(error) }))}>
              ${strings.tools[tool === 'play' && this.playing === chart ? 'stop' : tool]}<span class="visually-hidden">: ${title}</span>
            </button>`,
        )}
        <p class="status" role="status"></p>
      </div>
    </figure>`;
  }

  private renderPattern(chart: DemographicsChart, bar: Bar, index: number) {
    const series = index % TEXTURES.length;
    return svg`<pattern id=${`${chart}-pattern-${index}`} class=${bar.notItemised ? 'unknown' : `s${series}`} patternUnits="userSpaceOnUse" width="8" height="8">
      <rect class="fill" width="8" height="8"></rect>
      <path class="ink" d=${bar.notItemised ? UNKNOWN_TEXTURE : TEXTURES[series]} stroke-width=${series === 1 && !bar.notItemised ? 2.5 : 1.5}></path>
    </pattern>`;
  }

  private renderBar(chart: DemographicsChart, bar: Bar, index: number, max: number, selected: number | undefined, strings: typeof demographicsStrings) {
    const top = index * ROW;
    const width = hundredths(Math.max((bar.percent / max) * SPAN, MIN_WIDTH));
    return svg`<g
      role="option"
      aria-selected=${index === selected}
      class=${`item${bar.notItemised ? ' not-itemised' : ''}${index === selected ? ' active' : ''}`}
      tabindex=${index === (selected ?? 0) ? 0 : -1}
      aria-label=${strings.barLabel(bar.label, bar.value)}
      data-index=${index}
    >
      <rect class="row" width="100%" height=${em(ROW)} y=${em(top)} rx="4"></rect>
      <text class="label" aria-hidden="true" x="4" y=${em(top + 1)}>${drawnLabel(bar.label)}</text>
      <rect part=${bar.notItemised ? 'bar not-itemised' : 'bar'} class="bar" x="4" y=${em(top + BAR_TOP)} width=${`${width}%`} height="1em" fill=${`url(#${chart}-pattern-${index})`}></rect>
      <text class="value" aria-hidden="true" x=${`${width}%`} dx="0.75em" y=${em(top + BAR_TOP + 0.85)}>${bar.value}</text>
    </g>`;
  }

  /** Runs a function of the export and sound code (loaded on first use) for this element. */
  private tools<Name extends 'use' | 'toCSV' | 'toSVG' | 'toPNG'>(
    name: Name,
    ...args: DropFirst<Parameters<ChartTools[Name]>>
  ): Promise<Awaited<ReturnType<ChartTools[Name]>>> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one call for four signatures.
    return import('./chart-tools.js').then((tools) => (tools[name] as any)(this, ...args));
  }

  /**
   * The chart's table as CSV (RFC 4180: CRLF line ends, a header row, numbers in plain digits): a
   * Promise, since the code loads on first use. `chart` is one this element draws; by default its first.
   */
  toCSV(chart?: DemographicsChart): Promise<string> {
    return this.tools('toCSV', chart);
  }

  /** The chart as a standalone SVG document, with its heading, caption and source line: a Promise, as `toCSV()`. */
  toSVG(chart?: DemographicsChart): Promise<string> {
    return this.tools('toSVG', chart);
  }

  /** The chart as a PNG `Blob` (undefined where the browser cannot make one), drawn as `toSVG()` draws it, at the screen's pixel density: a Promise, as `toCSV()`. */
  toPNG(chart?: DemographicsChart): Promise<Blob | undefined> {
    return this.tools('toPNG', chart);
  }

  /** Marks the bar an event happened on as selected; a tap or click also moves focus to it. */
  private select(chart: DemographicsChart, event: Event, focus = false): void {
    const item = (event.target as Element).closest('[data-index]');
    if (!item) return;
    this.selected = { ...this.selected, [chart]: Number(item.getAttribute('data-index')) };
    if (focus) (item as SVGElement).focus();
  }

  private onKeydown(chart: DemographicsChart, count: number, event: KeyboardEvent): void {
    const current = this.selected[chart] ?? 0;
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.min(Math.max(next, 0), count - 1);
    this.selected = { ...this.selected, [chart]: index };
    (event.currentTarget as Element).querySelector<SVGElement>(`[data-index="${index}"]`)?.focus();
  }

  /** The disclosure opened or closed (by pointer, keyboard, find in page or script): the toggle's wording follows. */
  private tableToggled(chart: DemographicsChart, event: Event): void {
    this.tablesShown = { ...this.tablesShown, [chart]: (event.currentTarget as HTMLDetailsElement).open };
  }
}

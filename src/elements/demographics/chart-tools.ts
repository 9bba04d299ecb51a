/**
 * What the buttons under a chart of `<mlops-demographics>` do, loaded on first use (a click, or a call
 * of `toCSV()`, `toSVG()` or `toPNG()`): the table as CSV or as tab-separated text, the chart as an SVG
 * document or a PNG, and the bars as tones. Everything is made in the page; nothing is fetched.
 *
 * The image is drawn from what the chart shows: the geometry of its bars and texts as laid out, its
 * colours and textures as computed (theme, dark mode and forced colours included). The PNG is painted
 * on a canvas with the 2D API, not by loading the SVG as an image: a page's `img-src` (a strict CSP's
 * `default-src 'self'`) refuses `blob:` and `data:` images.
 */
import type { ProvidedProfile } from '../../data/context.js';
import { bundledProfileName } from '../../data/identity.js';
import { csvText } from '../../internal/csv.js';
import { reportError } from '../../internal/events.js';
import { localize } from '../../internal/i18n.js';
import { chartToolsStrings } from './chart-tools.strings.js';
import type { ChartTool, DemographicsChart, MlopsDemographics } from './demographics.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One chart's numbers and words, as its table shows them. */
interface ChartData {
  chart: DemographicsChart;
  title: string;
  caption: string;
  headers: readonly [category: string, share: string];
  bars: ReturnType<MlopsDemographics['bars']>['bars'];
  profileName: string;
}

const toolStrings = (element: MlopsDemographics) => localize(element, 'chartTools', chartToolsStrings);

/** The dataset the element shows: the provided one (a protected field of the element) or the bundled one. */
const providedProfile = (element: MlopsDemographics) => (element as unknown as { providedProfile: ProvidedProfile }).providedProfile;

/** The numbers of `chart` (by default the element's first), or undefined, reported, when the element does not draw it. */
function chartData(element: MlopsDemographics, chart: DemographicsChart | undefined = element.charts[0]): ChartData | undefined {
  if (!chart || !element.charts.includes(chart)) {
    reportError(element, { code: 'invalid-chart', message: toolStrings(element).unknownChart(String(chart), element.charts), suggestion: element.charts[0] });
    return undefined;
  }
  const strings = element.strings;
  const { bars, caption } = element.bars(chart, strings);
  const title = strings.titles[chart];
  const profile = providedProfile(element);
  return {
    chart,
    title,
    caption: bars.length ? caption : strings.noData(title),
    headers: [strings.categoryHeaders[chart], strings.shareHeader],
    bars,
    profileName: profile?.name ?? bundledProfileName,
  };
}

/** The table as rows: a header, then one row per bar; a chart with a not-itemised share gets a column that marks it. */
function tableRows(element: MlopsDemographics, data: ChartData): (string | number)[][] {
  const strings = toolStrings(element);
  const marked = data.bars.some((bar) => bar.notItemised);
  const header = [data.headers[0], strings.percentColumn(data.headers[1]), ...(marked ? [strings.itemisedColumn] : [])];
  return [header, ...data.bars.map((bar) => [bar.label, bar.percent, ...(marked ? [bar.notItemised ? strings.no : strings.yes] : [])])];
}

export function toCSV(element: MlopsDemographics, chart?: DemographicsChart): string {
  const data = chartData(element, chart);
  return data ? csvText(tableRows(element, data)) : '';
}

// ---------------------------------------------------------------------------------------------------
// The drawing: measured once, then written as SVG or painted on a canvas.

interface Text {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: string;
  italic?: boolean;
  fill: string;
}

interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index into `tiles`. */
  tile: number;
  stroke: string;
  dashed: boolean;
}

/** An 8 × 8 texture: a fill and a path stroked over it, as the chart's `<pattern>`s are. */
interface Tile {
  fill: string;
  ink: string;
  d: string;
  strokeWidth: number;
}

interface Drawing {
  chart: DemographicsChart;
  width: number;
  height: number;
  family: string;
  background: string;
  title: string;
  description: string;
  /** Heading, caption and source line. */
  texts: Text[];
  /** The bars' box (which clips them, as the chart's box does) and what is drawn in it, in its coordinates. */
  plot: { x: number; y: number; width: number; height: number; bars: Bar[]; texts: Text[]; tiles: Tile[] };
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const xmlSafe = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

const fontOf = (text: Pick<Text, 'size' | 'weight' | 'italic'>, family: string) => `${text.italic ? 'italic ' : ''}${text.weight} ${text.size}px ${family}`;

/** A colour the element's styles name (`var(--_surface)`), as the browser resolves it there. */
function resolvedColour(element: MlopsDemographics, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  element.renderRoot.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/**
 * `text` in lines no wider than `width` (measured in `font`): at spaces, and inside a word wider than
 * a line (a dataset's label may be one long word).
 */
function wrap(measure: CanvasRenderingContext2D | null, text: string, font: string, width: number): string[] {
  if (measure) measure.font = font;
  const widthOf = (value: string) => (measure ? measure.measureText(value).width : value.length * 0.6 * parseFloat(font.replace(/^\D*/, '')));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const characters = Array.from(word);
    const wordWidth = widthOf(word);
    // One measure per long word: its characters in lines of about the width.
    const perLine = wordWidth > width ? Math.max(1, Math.floor((characters.length * width) / wordWidth)) : characters.length;
    for (let start = 0; start < characters.length; start += perLine) lines.push(characters.slice(start, start + perLine).join(''));
    line = lines.pop() ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart `data` of `element` as drawn on the page, with its heading and caption above and the source line below. */
async function drawing(element: MlopsDemographics, data: ChartData): Promise<Drawing | undefined> {
  await element.updateComplete;
  const figure = element.renderRoot.querySelectorAll<HTMLElement>('figure')[element.charts.indexOf(data.chart)];
  if (!figure) {
    reportError(element, { code: 'not-drawn', message: toolStrings(element).notDrawn });
    return undefined;
  }
  const style = getComputedStyle(element);
  const family = style.fontFamily;
  const base = parseFloat(style.fontSize) || 16;
  const textColour = style.color;
  const width = Math.round(figure.getBoundingClientRect().width) || 640;
  const padding = base;
  const lineWidth = width - 2 * padding;
  const measure = document.createElement('canvas').getContext('2d');
  const texts: Text[] = [];
  let y = padding;
  const paragraph = (text: string, size: number, weight: string, fill: string) => {
    for (const line of wrap(measure, text, fontOf({ size, weight }, family), lineWidth)) {
      texts.push({ x: padding, y: y + size, text: line, size, weight, fill });
      y += size * 1.4;
    }
  };
  paragraph(data.title, base * 1.125, '600', textColour);
  y += base * 0.25;
  paragraph(data.caption, base, '400', textColour);
  y += base * 0.5;

  const svg = figure.querySelector<SVGSVGElement>('[part="chart"] svg');
  const plot: Drawing['plot'] = { x: padding, y, width: lineWidth, height: 0, bars: [], texts: [], tiles: [] };
  if (svg) {
    const tiles = [...svg.querySelectorAll('pattern')].map((pattern): Tile => {
      const path = pattern.querySelector('path')!;
      return {
        fill: getComputedStyle(pattern.querySelector('rect')!).fill,
        ink: getComputedStyle(path).stroke,
        d: path.getAttribute('d') ?? '',
        strokeWidth: Number(path.getAttribute('stroke-width')) || 1,
      };
    });
    const bars: Bar[] = [];
    const chartTexts: Text[] = [];
    const size = parseFloat(getComputedStyle(svg).fontSize) || base;
    svg.querySelectorAll('[data-index]').forEach((item, index) => {
      const bar = item.querySelector<SVGRectElement>('.bar')!;
      const notItemised = item.classList.contains('not-itemised');
      // Outlined as the bar is when it is not highlighted: the text colour, or the not-itemised colour, dashed.
      bars.push({
        x: bar.x.baseVal.value,
        y: bar.y.baseVal.value,
        width: bar.width.baseVal.value,
        height: bar.height.baseVal.value,
        tile: index,
        stroke: notItemised ? (tiles[index]?.ink ?? textColour) : textColour,
        dashed: notItemised,
      });
      for (const text of item.querySelectorAll<SVGTextElement>('text')) {
        const textStyle = getComputedStyle(text);
        const dx = text.dx.baseVal.numberOfItems ? text.dx.baseVal.getItem(0).value : 0;
        chartTexts.push({
          x: text.x.baseVal.getItem(0).value + dx,
          y: text.y.baseVal.getItem(0).value,
          text: text.textContent ?? '',
          size,
          weight: textStyle.fontWeight,
          italic: textStyle.fontStyle === 'italic',
          fill: textStyle.fill,
        });
      }
    });
    Object.assign(plot, { width: svg.getBoundingClientRect().width || lineWidth, height: svg.height.baseVal.value, bars, texts: chartTexts, tiles });
    y += plot.height + base * 0.5;
  }
  paragraph(toolStrings(element).source(data.profileName), base * 0.8125, '400', resolvedColour(element, 'var(--_muted)'));
  return {
    chart: data.chart,
    width,
    height: Math.ceil(y + padding),
    family,
    background: resolvedColour(element, 'var(--_surface)'),
    title: data.title,
    description: data.caption,
    texts,
    plot,
  };
}

/** The drawing as a standalone SVG document: presentation attributes only, every string escaped by the serializer. */
function svgDocument(drawn: Drawing): string {
  const node = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, xmlSafe(String(value)));
    if (text !== undefined) element.textContent = xmlSafe(text);
    return element;
  };
  const textNode = (text: Text) =>
    node(
      'text',
      { x: text.x, y: text.y, 'font-size': text.size, 'font-weight': text.weight, ...(text.italic ? { 'font-style': 'italic' } : {}), fill: text.fill },
      text.text,
    );
  const { plot } = drawn;
  const root = node('svg', { width: drawn.width, height: drawn.height, viewBox: `0 0 ${drawn.width} ${drawn.height}`, 'font-family': drawn.family, role: 'img' });
  const defs = node('defs', {});
  plot.tiles.forEach((tile, index) => {
    const pattern = node('pattern', { id: `${drawn.chart}-pattern-${index}`, patternUnits: 'userSpaceOnUse', width: 8, height: 8 });
    pattern.append(
      node('rect', { width: 8, height: 8, fill: tile.fill }),
      node('path', { d: tile.d, fill: 'none', stroke: tile.ink, 'stroke-width': tile.strokeWidth, 'stroke-linecap': 'round' }),
    );
    defs.append(pattern);
  });
  // A nested <svg> clips what overflows the bars' box, as the chart's box does on the page.
  const chart = node('svg', { x: plot.x, y: plot.y, width: plot.width, height: plot.height });
  for (const bar of plot.bars) {
    chart.append(
      node('rect', {
        x: bar.x,
        y: bar.y,
        width: bar.width,
        height: bar.height,
        fill: `url(#${drawn.chart}-pattern-${bar.tile})`,
        stroke: bar.stroke,
        'stroke-width': 1,
        ...(bar.dashed ? { 'stroke-dasharray': '4 3' } : {}),
      }),
    );
  }
  chart.append(...plot.texts.map(textNode));
  root.append(
    node('title', {}, drawn.title),
    node('desc', {}, drawn.description),
    node('rect', { width: '100%', height: '100%', fill: drawn.background }),
    defs,
    ...drawn.texts.map(textNode),
    chart,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

export async function toSVG(element: MlopsDemographics, chart?: DemographicsChart): Promise<string> {
  const data = chartData(element, chart);
  const drawn = data && (await drawing(element, data));
  return drawn ? svgDocument(drawn) : '';
}

/** The drawing painted on a canvas of its size × the screen's pixel density. */
function paint(drawn: Drawing, scale: number): HTMLCanvasElement | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(drawn.width * scale);
  canvas.height = Math.round(drawn.height * scale);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.scale(scale, scale);
  context.fillStyle = drawn.background;
  context.fillRect(0, 0, drawn.width, drawn.height);
  const write = (text: Text) => {
    context.font = fontOf(text, drawn.family);
    context.fillStyle = text.fill;
    context.fillText(text.text, text.x, text.y);
  };
  drawn.texts.forEach(write);
  const { plot } = drawn;
  context.translate(plot.x, plot.y);
  context.beginPath();
  context.rect(0, 0, plot.width, plot.height);
  context.clip();
  const patterns = plot.tiles.map((tile) => {
    const texture = document.createElement('canvas');
    texture.width = texture.height = 8;
    const pen = texture.getContext('2d')!;
    pen.fillStyle = tile.fill;
    pen.fillRect(0, 0, 8, 8);
    pen.strokeStyle = tile.ink;
    pen.lineWidth = tile.strokeWidth;
    pen.lineCap = 'round';
    pen.stroke(new Path2D(tile.d));
    return context.createPattern(texture, 'repeat');
  });
  for (const bar of plot.bars) {
    context.fillStyle = patterns[bar.tile] ?? 'transparent';
    context.fillRect(bar.x, bar.y, bar.width, bar.height);
    context.setLineDash(bar.dashed ? [4, 3] : []);
    context.lineWidth = 1;
    context.strokeStyle = bar.stroke;
    context.strokeRect(bar.x, bar.y, bar.width, bar.height);
  }
  plot.texts.forEach(write);
  return canvas;
}

/** The chart as a PNG, or undefined (reported, and said in the chart's status line) when the browser cannot make one. */
export async function toPNG(element: MlopsDemographics, chart?: DemographicsChart): Promise<Blob | undefined> {
  const data = chartData(element, chart);
  const drawn = data && (await drawing(element, data));
  if (!drawn) return undefined;
  const canvas = paint(drawn, window.devicePixelRatio || 1);
  // null when the canvas is larger than the browser draws (a caption of a 100 KB label, say).
  const png = canvas && (await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')));
  if (png) return png;
  const message = toolStrings(element).pngFailed;
  say(element, drawn.chart, message);
  reportError(element, { code: 'png-failed', message });
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// The buttons.

/** Writes `text` in the chart's status line (a polite live region under its buttons). */
function say(element: MlopsDemographics, chart: DemographicsChart, text: string): void {
  const figure = element.renderRoot.querySelectorAll('figure')[element.charts.indexOf(chart)];
  const status = figure?.querySelector('.tools [role="status"]');
  if (status) status.textContent = text;
}

/** Hands `blob` to the browser as a download named after the chart (`age.csv`); the URL is revoked afterwards. */
function save(element: MlopsDemographics, data: ChartData, blob: Blob, extension: string): void {
  const file = `${data.chart}.${extension}`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  // Later, not at once: some browsers read the URL after the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say(element, data.chart, toolStrings(element).saved(file));
}

async function copy(element: MlopsDemographics, data: ChartData): Promise<void> {
  const strings = toolStrings(element);
  try {
    // Tab-separated, as a spreadsheet takes a paste; navigator.clipboard is missing outside secure contexts (a TypeError here).
    await navigator.clipboard.writeText(csvText(tableRows(element, data), '\t'));
    say(element, data.chart, strings.copied);
  } catch (error) {
    say(element, data.chart, strings.copyFailed);
    reportError(element, { code: 'copy-failed', message: `${strings.copyFailed} ${strings.copyHint(String((error as Error)?.message ?? error))}` });
  }
}

/** The lowest tone (A3) and how many octaves above it the largest bar sounds. */
const LOWEST_HZ = 220;
const OCTAVES = 2;
/** Each bar's tone lasts TONE_SECONDS; the next one starts STEP_MS later, after the announcement. */
const TONE_SECONDS = 0.3;
const STEP_MS = 450;

/** The sound of each element's playing chart, so that Stop silences it at once. */
const sounds = new WeakMap<MlopsDemographics, AudioContext>();

/** Closes an audio context, which may be closed already (Stop, then the end of the loop). */
const silence = (context: AudioContext) => void context.close().catch(() => undefined);

/** One tone: a sine (a triangle for the share the source does not itemise), faded in and out so that it does not click. */
function tone(context: AudioContext, frequency: number, notItemised: boolean): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  const start = context.currentTime;
  oscillator.type = notItemised ? 'triangle' : 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + TONE_SECONDS);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + TONE_SECONDS);
}

/**
 * Plays the bars in order, the pitch rising with the value (from A3, two octaves for the largest),
 * and writes each bar's label and value in the status line as its tone sounds. Pressed again (Stop),
 * it ends; it also ends when the element leaves the page or loses `sonify`.
 */
async function play(element: MlopsDemographics, data: ChartData): Promise<void> {
  const strings = toolStrings(element);
  const playing = sounds.get(element);
  if (playing) {
    sounds.delete(element);
    silence(playing);
  }
  if (element.playing === data.chart) {
    element.playing = undefined;
    return;
  }
  const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  let context: AudioContext;
  try {
    context = new Context();
  } catch (error) {
    say(element, data.chart, strings.noAudio);
    reportError(element, { code: 'no-audio', message: `${strings.noAudio} ${strings.audioHint(String((error as Error)?.message ?? error))}` });
    return;
  }
  sounds.set(element, context);
  element.playing = data.chart;
  const largest = Math.max(...data.bars.map((bar) => bar.percent)) || 1;
  const still = () => sounds.get(element) === context && element.playing === data.chart && element.isConnected && element.sonify;
  for (const bar of data.bars) {
    if (!still()) break;
    tone(context, LOWEST_HZ * 2 ** ((OCTAVES * bar.percent) / largest), !!bar.notItemised);
    say(element, data.chart, element.strings.barLabel(bar.label, bar.value));
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  if (still()) say(element, data.chart, strings.played);
  if (sounds.get(element) === context) {
    sounds.delete(element);
    element.playing = undefined;
  }
  silence(context);
}

/** A button under chart `chart` was pressed. */
export async function use(element: MlopsDemographics, tool: ChartTool, chart: DemographicsChart): Promise<void> {
  const data = chartData(element, chart);
  if (!data) return;
  if (tool === 'play') return play(element, data);
  if (tool === 'copy') return copy(element, data);
  if (tool === 'csv') {
    // The byte order mark tells spreadsheet programs the file is UTF-8.
    return save(element, data, new Blob(['\ufeff', toCSV(element, chart)], { type: 'text/csv;charset=utf-8' }), 'csv');
  }
  if (tool === 'svg') return save(element, data, new Blob([await toSVG(element, chart)], { type: 'image/svg+xml' }), 'svg');
  const png = await toPNG(element, chart);
  if (png) save(element, data, png, 'png');
}

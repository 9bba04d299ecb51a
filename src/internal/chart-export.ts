/**
 * What the take-away buttons under a chart do, for every chart of the library, loaded with the
 * chart's own tools on first use (a click, or a call of `toCSV()`, `toSVG()` or `toPNG()`): the table
 * as CSV or as tab-separated text, the chart as an SVG document or a PNG. Everything is made in the
 * page; nothing is fetched. An element describes its chart (a `ChartExport`); this module knows no element.
 *
 * The image is drawn from what the chart shows: the geometry of its bars (`.bar` rects) and texts as
 * laid out, its colours and textures (the `<pattern>`s a bar may be filled with) as computed, theme,
 * dark mode and forced colours included. The PNG is painted on a canvas with the 2D API, not by
 * loading the SVG as an image: a page's `img-src` (a strict CSP's `default-src 'self'`) refuses
 * `blob:` and `data:` images.
 */
import type { MlopsElement } from './base.js';
import { csvText } from './csv.js';
import { reportError } from './events.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The status lines and console hints of the tools (the `chartTools` string table has them). */
export interface ExportWords {
  copied: string;
  copyFailed: string;
  copyHint: (reason: string) => string;
  saved: (file: string) => string;
  pngFailed: string;
  notDrawn: string;
}

/** One chart as its take-away tools see it: its words and numbers, and where the page draws it. */
export interface ChartExport {
  /** The element: it reports problems, and its styles resolve the drawing's colours. */
  host: MlopsElement;
  /** The chart's `<figure>`: its SVG in `[part="chart"]`, the buttons' status line in `.tools [role="status"]`. */
  figure: Element | undefined;
  /** The files' name without extension (`age` → `age.csv`), also the prefix of the SVG's texture ids. */
  name: string;
  title: string;
  caption: string;
  /** The table: a header row, then one row per bar. */
  rows: (string | number)[][];
  /** Drawn under the image: where the numbers come from. */
  source: string;
  words: ExportWords;
}

/** What a take-away button does. */
export type ExportTool = 'csv' | 'copy' | 'svg' | 'png';

/** The table as CSV (RFC 4180, a header row, numbers in plain digits), or '' without a chart. */
export const chartCSV = (chart: ChartExport | undefined): string => (chart ? csvText(chart.rows) : '');

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
  /** A colour, or an index into `tiles`. */
  fill: string | number;
  stroke: string;
  dashed: boolean;
}

/** An 8 × 8 texture: a fill and a path stroked over it, as the charts' `<pattern>`s are. */
interface Tile {
  fill: string;
  ink: string;
  d: string;
  strokeWidth: number;
}

interface Drawing {
  name: string;
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
function resolvedColour(host: MlopsElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  host.renderRoot.append(probe);
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

/** An SVG text of the chart as laid out: its first x (plus dx) and y in user units, its font and colour as computed. */
function laidOutText(text: SVGTextElement): Text {
  const style = getComputedStyle(text);
  const dx = text.dx.baseVal.numberOfItems ? text.dx.baseVal.getItem(0).value : 0;
  return {
    x: text.x.baseVal.getItem(0).value + dx,
    y: text.y.baseVal.getItem(0).value,
    text: text.textContent ?? '',
    size: parseFloat(style.fontSize),
    weight: style.fontWeight,
    italic: style.fontStyle === 'italic',
    fill: style.fill,
  };
}

/**
 * The chart's bars, texts and textures as drawn in `svg`. A bar keeps the outline it has when not
 * highlighted: solid in the text colour, or dashed (a share the source does not itemise) in its own.
 */
function plotOf(svg: SVGSVGElement, textColour: string): Pick<Drawing['plot'], 'bars' | 'texts' | 'tiles'> {
  const patterns = [...svg.querySelectorAll('pattern')];
  const tiles = patterns.map((pattern): Tile => {
    const path = pattern.querySelector('path');
    return {
      fill: getComputedStyle(pattern.querySelector('rect') ?? pattern).fill,
      ink: path ? getComputedStyle(path).stroke : 'none',
      d: path?.getAttribute('d') ?? '',
      strokeWidth: Number(path?.getAttribute('stroke-width')) || 1,
    };
  });
  const ids = patterns.map((pattern) => pattern.id);
  const bars = [...svg.querySelectorAll<SVGRectElement>('.bar')].map((bar): Bar => {
    const style = getComputedStyle(bar);
    // `url("#age-pattern-0")`, the URL absolute in some engines; a plain fill is a computed colour, without "#".
    const tile = ids.indexOf(/#([^"')\s]+)/.exec(style.fill)?.[1] ?? '');
    const dashed = !!style.strokeDasharray && style.strokeDasharray !== 'none';
    return {
      x: bar.x.baseVal.value,
      y: bar.y.baseVal.value,
      width: bar.width.baseVal.value,
      height: bar.height.baseVal.value,
      fill: tile < 0 ? style.fill : tile,
      stroke: dashed ? style.stroke : textColour,
      dashed,
    };
  });
  return { bars, texts: [...svg.querySelectorAll('text')].map(laidOutText), tiles };
}

/** The chart as drawn on the page, with its heading and caption above and the source line below. */
function drawing(chart: ChartExport): Drawing | undefined {
  const { host, figure } = chart;
  if (!figure) {
    reportError(host, { code: 'not-drawn', message: chart.words.notDrawn });
    return undefined;
  }
  const style = getComputedStyle(host);
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
  paragraph(chart.title, base * 1.125, '600', textColour);
  y += base * 0.25;
  paragraph(chart.caption, base, '400', textColour);
  y += base * 0.5;

  const svg = figure.querySelector<SVGSVGElement>('[part="chart"] svg');
  const plot: Drawing['plot'] = { x: padding, y, width: lineWidth, height: 0, bars: [], texts: [], tiles: [] };
  if (svg) {
    Object.assign(plot, { width: svg.getBoundingClientRect().width || lineWidth, height: svg.height.baseVal.value }, plotOf(svg, textColour));
    y += plot.height + base * 0.5;
  }
  paragraph(chart.source, base * 0.8125, '400', resolvedColour(host, 'var(--_muted)'));
  return {
    name: chart.name,
    width,
    height: Math.ceil(y + padding),
    family,
    background: resolvedColour(host, 'var(--_surface)'),
    title: chart.title,
    description: chart.caption,
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
    const pattern = node('pattern', { id: `${drawn.name}-pattern-${index}`, patternUnits: 'userSpaceOnUse', width: 8, height: 8 });
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
        fill: typeof bar.fill === 'number' ? `url(#${drawn.name}-pattern-${bar.fill})` : bar.fill,
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

/** The chart as a standalone SVG document, or '' (reported) when it is not drawn. */
export function chartSVG(chart: ChartExport | undefined): string {
  const drawn = chart && drawing(chart);
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
    context.fillStyle = (typeof bar.fill === 'number' ? patterns[bar.fill] : bar.fill) ?? 'transparent';
    context.fillRect(bar.x, bar.y, bar.width, bar.height);
    context.setLineDash(bar.dashed ? [4, 3] : []);
    context.lineWidth = 1;
    context.strokeStyle = bar.stroke;
    context.strokeRect(bar.x, bar.y, bar.width, bar.height);
  }
  plot.texts.forEach(write);
  return canvas;
}

/** The chart as a PNG, or undefined (reported, and said in the chart's status line) when it is not drawn or the browser cannot make one. */
export async function chartPNG(chart: ChartExport | undefined): Promise<Blob | undefined> {
  const drawn = chart && drawing(chart);
  if (!chart || !drawn) return undefined;
  const canvas = paint(drawn, window.devicePixelRatio || 1);
  // null when the canvas is larger than the browser draws (a caption of a 100 KB label, say).
  const png = canvas && (await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')));
  if (png) return png;
  say(chart, chart.words.pngFailed);
  reportError(chart.host, { code: 'png-failed', message: chart.words.pngFailed });
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// The buttons.

/** Writes `text` in the chart's status line (a polite live region under its buttons). */
export function say(chart: ChartExport, text: string): void {
  const status = chart.figure?.querySelector('.tools [role="status"]');
  if (status) status.textContent = text;
}

/** Hands `blob` to the browser as a download named after the chart (`age.csv`); the URL is revoked afterwards. */
function save(chart: ChartExport, blob: Blob, extension: string): void {
  const file = `${chart.name}.${extension}`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  // Later, not at once: some browsers read the URL after the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say(chart, chart.words.saved(file));
}

async function copy(chart: ChartExport): Promise<void> {
  const { words } = chart;
  try {
    // Tab-separated, as a spreadsheet takes a paste; navigator.clipboard is missing outside secure contexts (a TypeError here).
    await navigator.clipboard.writeText(csvText(chart.rows, '\t'));
    say(chart, words.copied);
  } catch (error) {
    say(chart, words.copyFailed);
    reportError(chart.host, { code: 'copy-failed', message: `${words.copyFailed} ${words.copyHint(String((error as Error)?.message ?? error))}` });
  }
}

/** A take-away button under the chart was pressed. */
export async function useTool(chart: ChartExport, tool: ExportTool): Promise<void> {
  if (tool === 'copy') return copy(chart);
  // The byte order mark tells spreadsheet programs the file is UTF-8.
  if (tool === 'csv') return save(chart, new Blob(['\ufeff', chartCSV(chart)], { type: 'text/csv;charset=utf-8' }), 'csv');
  const svg = tool === 'svg' && chartSVG(chart);
  if (svg) return save(chart, new Blob([svg], { type: 'image/svg+xml' }), 'svg');
  const png = tool === 'png' && (await chartPNG(chart));
  if (png) save(chart, png, 'png');
}

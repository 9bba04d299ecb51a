/**
 * What the buttons under a chart of `<mlops-demographics>` do, loaded on first use (a click, or a call
 * of `toCSV()`, `toSVG()` or `toPNG()`): the chart's words and numbers for the shared take-away tools
 * (../../internal/chart-export.ts: CSV, copy, SVG, PNG), and the bars as tones.
 */
import type { ProvidedProfile } from '../../data/context.js';
import { bundledProfileName } from '../../data/identity.js';
import { type ChartExport, chartCSV, chartPNG, chartSVG, say, useTool } from '../../internal/chart-export.js';
import { reportError } from '../../internal/events.js';
import { localize } from '../../internal/i18n.js';
import { chartToolsStrings } from './chart-tools.strings.js';
import type { ChartTool, DemographicsChart, MlopsDemographics } from './demographics.js';

/** One chart as the tools see it: the shared description, and its bars for the tones. */
interface ChartData extends ChartExport {
  chart: DemographicsChart;
  bars: ReturnType<MlopsDemographics['bars']>['bars'];
}

const toolStrings = (element: MlopsDemographics) => localize(element, 'chartTools', chartToolsStrings);

/** The dataset the element shows: the provided one (a protected field of the element) or the bundled one. */
const providedProfile = (element: MlopsDemographics) => (element as unknown as { providedProfile: ProvidedProfile }).providedProfile;

/**
 * The words and numbers of `chart` (by default the element's first) as rendered, or undefined,
 * reported, when the element does not draw it. The table: a header, then one row per bar; a chart with
 * a not-itemised share gets a column that marks it.
 */
async function chartData(element: MlopsDemographics, chart: DemographicsChart | undefined = element.charts[0]): Promise<ChartData | undefined> {
  const words = toolStrings(element);
  if (!chart || !element.charts.includes(chart)) {
    reportError(element, { code: 'invalid-chart', message: words.unknownChart(String(chart), element.charts), suggestion: element.charts[0] });
    return undefined;
  }
  await element.updateComplete;
  const strings = element.strings;
  const { bars, caption } = element.bars(chart, strings);
  const title = strings.titles[chart];
  const marked = bars.some((bar) => bar.notItemised);
  const header = [strings.categoryHeaders[chart], words.percentColumn(strings.shareHeader), ...(marked ? [words.itemisedColumn] : [])];
  return {
    host: element,
    figure: element.renderRoot.querySelectorAll('figure')[element.charts.indexOf(chart)],
    name: chart,
    title,
    caption: bars.length ? caption : strings.noData(title),
    rows: [header, ...bars.map((bar) => [bar.label, bar.percent, ...(marked ? [bar.notItemised ? words.no : words.yes] : [])])],
    source: words.source(providedProfile(element)?.name ?? bundledProfileName),
    words,
    chart,
    bars,
  };
}

export const toCSV = async (element: MlopsDemographics, chart?: DemographicsChart): Promise<string> => chartCSV(await chartData(element, chart));

export const toSVG = async (element: MlopsDemographics, chart?: DemographicsChart): Promise<string> => chartSVG(await chartData(element, chart));

/** The chart as a PNG, or undefined (reported, and said in the chart's status line) when the browser cannot make one. */
export const toPNG = async (element: MlopsDemographics, chart?: DemographicsChart): Promise<Blob | undefined> => chartPNG(await chartData(element, chart));

// ---------------------------------------------------------------------------------------------------
// The tones.

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
    say(data, strings.noAudio);
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
    say(data, element.strings.barLabel(bar.label, bar.value));
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  if (still()) say(data, strings.played);
  if (sounds.get(element) === context) {
    sounds.delete(element);
    element.playing = undefined;
  }
  silence(context);
}

/** A button under chart `chart` was pressed. */
export async function use(element: MlopsDemographics, tool: ChartTool, chart: DemographicsChart): Promise<void> {
  const data = await chartData(element, chart);
  if (data) return tool === 'play' ? play(element, data) : useTool(data, tool);
}

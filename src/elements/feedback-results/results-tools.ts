/**
 * What the buttons under `<mlops-feedback-results>`'s chart do, loaded on first use (a click, or a
 * call of `toCSV()`, `toSVG()` or `toPNG()`): the votes per rating and the headline, as the shared
 * take-away tools (../../internal/chart-export.ts) need them. The numbers are the receiver's summary
 * the element shows; nothing is fetched again.
 */
import { type ChartExport, chartCSV, chartPNG, chartSVG, type ExportTool, useTool } from '../../internal/chart-export.js';
import { reportError } from '../../internal/events.js';
import { localize } from '../../internal/i18n.js';
import { chartToolsStrings } from '../demographics/chart-tools.strings.js';
import type { MlopsFeedbackResults } from './feedback-results.js';

/** The chart as rendered, or undefined, reported, while there are no votes to show (loading, failed, none yet). */
async function chartData(element: MlopsFeedbackResults): Promise<ChartExport | undefined> {
  await element.updateComplete;
  const words = localize(element, 'chartTools', chartToolsStrings);
  const { status, strings } = element;
  const figure = element.renderRoot.querySelector('figure') ?? undefined;
  if (status.state !== 'loaded' || !figure) {
    reportError(element, { code: 'no-results', message: words.noResults });
    return undefined;
  }
  const { summary } = status;
  return {
    host: element,
    figure,
    name: 'feedback-ratings',
    title: strings.tableCaption,
    // The headline as the reader sees it ("87 % of 214 readers found this helpful").
    caption: element.renderRoot.querySelector('#headline')?.textContent?.trim() ?? '',
    rows: [[strings.ratingHeader, strings.votesHeader], ...[5, 4, 3, 2, 1].map((rating) => [strings.ratingName(rating), summary.byRating[String(rating) as '1']])],
    // The page the receiver counted the votes for (its answer names it; this page when it does not).
    source: words.resultsSource(typeof summary.page === 'string' && summary.page ? summary.page : location.origin + location.pathname),
    words,
  };
}

export const toCSV = async (element: MlopsFeedbackResults): Promise<string> => chartCSV(await chartData(element));

export const toSVG = async (element: MlopsFeedbackResults): Promise<string> => chartSVG(await chartData(element));

export const toPNG = async (element: MlopsFeedbackResults): Promise<Blob | undefined> => chartPNG(await chartData(element));

/** A button under the chart was pressed. */
export async function use(element: MlopsFeedbackResults, tool: ExportTool): Promise<void> {
  const data = await chartData(element);
  if (data) return useTool(data, tool);
}

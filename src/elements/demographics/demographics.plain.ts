/**
 * `<mlops-demographics>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): each chart
 * as a `<figure>` with its caption and a table of the shares. The profile page draws its charts with it too.
 */
import type { Profile } from '../../data/types.js';
import { el, fragment, heading, type Markup } from '../../render/html.js';
import { attribute, type LocatedElement } from '../../render/parse.js';
import { headingLevel, ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { suggestChart } from './demographics.js';
import { demographicsStrings } from './demographics.strings.js';

const CHARTS = ['platforms', 'gender', 'age'] as const;
type Chart = (typeof CHARTS)[number];

/** Shares in the digits of `lang`: plain English digits without Intl, as the chart writes them. */
function percentFormat(lang: string): (value: number) => string {
  if (!lang || /^en(-|$)/i.test(lang)) return (value) => String(Math.round(value * 100) / 100);
  try {
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return (value) => format.format(value);
  } catch {
    return (value) => String(Math.round(value * 100) / 100);
  }
}

function chartFigure(job: RenderJob, element: LocatedElement, chart: Chart, level: number, profile: Profile): Markup {
  const strings = job.strings(element, 'demographics', demographicsStrings);
  const format = percentFormat(job.langOf(element));
  const entry = ({ label, percent }: { label: string; percent: number }) => ({ label, percent, value: strings.percent(format(percent)) });
  let rows = (
    chart === 'gender' ? profile.gender : chart === 'age' ? profile.age : profile.platforms.items.map((item) => ({ label: item.name, percent: item.percent }))
  ).map(entry);
  let caption = '';
  if (chart === 'platforms') {
    const { pagesShown, pagesTotal } = profile.platforms;
    const rest = Math.round((100 - rows.reduce((sum, row) => sum + row.percent, 0)) * 100) / 100;
    const restRow = rest > 0 ? entry({ label: strings.notItemised, percent: rest }) : undefined;
    caption = strings.captions.platforms(rows, restRow?.value, pagesShown, pagesTotal);
    if (restRow) rows = [...rows, restRow];
  } else if (rows.length) caption = strings.captions[chart](rows);
  const title = strings.titles[chart];
  if (!rows.length) return el('figure', {}, el('figcaption', {}, heading(level, {}, title), el('p', {}, strings.noData(title))));
  return el(
    'figure',
    {},
    el('figcaption', {}, heading(level, {}, title), el('p', {}, caption)),
    el(
      'table',
      {},
      el('caption', {}, strings.tableCaption(title, profile.name)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, strings.categoryHeaders[chart]), el('th', { scope: 'col' }, strings.shareHeader))),
      el(
        'tbody',
        {},
        rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, row.label), el('td', {}, row.value))),
      ),
    ),
  );
}

export function demographicsMarkup(job: RenderJob, element: LocatedElement, chartValue: string | undefined, level: number): Markup {
  const strings = job.strings(element, 'demographics', demographicsStrings);
  const names = (chartValue ?? '').split(/[\s,]+/).filter(Boolean);
  const isChart = (name: string): name is Chart => (CHARTS as readonly string[]).includes(name);
  const invalid = names.filter((name) => !isChart(name.toLowerCase()));
  const charts = names.length ? [...new Set(names.map((name) => name.toLowerCase()).filter(isChart))] : CHARTS;
  const suggestion = invalid.map(suggestChart).find(Boolean);
  if (invalid.length) job.problem(element, strings.invalidChart(invalid), suggestion);
  return fragment(
    invalid.length > 0 && el('p', {}, strings.invalidChart(invalid), suggestion ? strings.didYouMean(suggestion) : ''),
    charts.map((chart) => chartFigure(job, element, chart, level, job.profile)),
  );
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const level = headingLevel(job, element, 3, job.strings(element, 'demographics', demographicsStrings).invalidHeadingLevel);
  job.replace(element, el('div', ownAttributes(element), demographicsMarkup(job, element, attribute(element, 'chart'), level)));
};

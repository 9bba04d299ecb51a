import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MlopsElement } from '../../internal/base.js';
import type { ExportTool } from '../../internal/chart-export.js';
import { reportError } from '../../internal/events.js';
import { tokens, visuallyHidden } from '../../internal/tokens.js';
import { feedbackResultsStrings } from './feedback-results.strings.js';
import { feedbackResultsStyles } from './feedback-results.styles.js';

/** What the receiver's `GET /feedback/summary?page=` answers (see mlops-elements/receiver). */
export interface FeedbackSummary {
  page: string;
  /** Votes for the page (one per vote id). */
  votes: number;
  /** Mean rating 1–5, two decimals; null without votes. */
  average: number | null;
  /** Share of votes rated 4 or 5 (thumbs up), 0–1, four decimals; null without votes. */
  helpfulShare: number | null;
  /** Votes per rating, "1" to "5". */
  byRating: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Ticked reasons, most frequent first. */
  reasons: { id: string; votes: number }[];
}

const count = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The summary if `value` is one (checked field by field: it comes from the network), else undefined. */
export function asSummary(value: unknown): FeedbackSummary | undefined {
  const summary = value as FeedbackSummary | null;
  if (!summary || !count(summary.votes) || typeof summary.byRating !== 'object' || !Array.isArray(summary.reasons)) return undefined;
  if (![1, 2, 3, 4, 5].every((rating) => count(summary.byRating[String(rating) as '1']))) return undefined;
  if (!summary.reasons.every((reason) => typeof reason?.id === 'string' && count(reason.votes))) return undefined;
  return summary;
}

type Status = { state: 'idle' | 'loading' } | { state: 'loaded'; summary: FeedbackSummary } | { state: 'failed'; why: string };

const ROW = 2;
/** The take-away buttons under the chart. */
const TOOLS = ['csv', 'copy', 'svg', 'png'] as const satisfies readonly ExportTool[];

/**
 * The tally of a page's `<mlops-feedback>` votes, read from the feedback receiver: "87 % of 214
 * readers found this helpful", the votes per rating as bars (each a list item with its number, the
 * arrow keys move between them) and as a table, and the most ticked reasons.
 *
 * `src` is the receiver's summary address (`https://feedback.example.org/feedback/summary`); the page
 * is this one (origin and path) unless `src` names it with `?page=`. The request sends no cookies.
 * While it loads the element says so; when it fails it says why, warns once in the console and fires
 * `mlops-error`, and throws nothing.
 *
 * Under the table, buttons take the votes away, made in the browser as `<mlops-demographics>` makes
 * them (docs/charts.md): "Download CSV" (RFC 4180, UTF-8, a header row), "Copy table" (tab-separated),
 * "Download SVG" and "Download PNG" (the chart with the headline and a source line drawn in), with a
 * polite status line; `toCSV()`, `toSVG()` and `toPNG()` give the same from a script. Their code loads
 * on first use. The element renders them only once its summary has votes, which it fetches in the
 * browser: a server-rendered one shows its loading line, never a button.
 *
 * @summary "87 % of 214 readers found this helpful": a page's feedback, from the receiver.
 *
 * @csspart headline - "87 % of 214 readers found this helpful" (or "No answers yet."), a live region.
 * @csspart figure - The `<figure>` of the bars and the table, named by the headline.
 * @csspart chart - The bars.
 * @csspart table - The table of votes per rating.
 * @csspart tools - The buttons under the table (download, copy) and their status line.
 * @csspart reasons - The list of top reasons.
 * @csspart message - The loading and error line.
 *
 * @cssprop [--mlops-feedback-results-max-width=36rem] - Widest the element grows.
 * @cssprop [--mlops-feedback-results-bar-color=var(--mlops-color-accent)] - Fill of the bars.
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `src` missing or not http(s), the summary could not be loaded, a refused clipboard,
 * or a method called before there are votes to take away; `detail` is `{ code, message }`.
 */
export class MlopsFeedbackResults extends MlopsElement {
  static override readonly defaultTag = 'mlops-feedback-results';
  static override styles = [tokens, visuallyHidden, feedbackResultsStyles];
  static override get properties(): PropertyDeclarations {
    return { src: {}, status: { state: true, attribute: false }, tableShown: { state: true, attribute: false } };
  }

  /** The receiver's summary URL (`…/feedback/summary`, absolute or relative); `?page=` is added for this page unless given. */
  src?: string;

  /** @internal What the element shows: loading, the summary, or why it failed. */
  status: Status = { state: 'idle' };
  private tableShown = false;
  /** Counts loads, so that an answer for an older `src` is ignored. */
  private loads = 0;

  /** @internal */
  get strings(): typeof feedbackResultsStrings {
    return this.localize('feedbackResults', feedbackResultsStrings);
  }

  /** The summary URL for this page, or undefined (reported) when `src` is missing or unusable. */
  private summaryUrl(): string | undefined {
    const strings = this.strings;
    if (!this.src) {
      reportError(this, { code: 'invalid-attribute', message: strings.noSrc });
      return undefined;
    }
    try {
      const url = new URL(this.src, document.baseURI);
      if (!/^https?:$/.test(url.protocol)) throw new Error();
      // The page as <mlops-feedback> files votes under it: origin and path, no query or hash.
      if (!url.searchParams.has('page')) url.searchParams.set('page', location.origin + location.pathname);
      return url.href;
    } catch {
      reportError(this, { code: 'invalid-attribute', message: strings.badSrc(this.src) });
      return undefined;
    }
  }

  // In updated(), not willUpdate: it never runs during server rendering, so the fetch stays in the browser.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('src')) void this.load();
  }

  /** Fetches the summary again (after a vote, say). */
  async load(): Promise<void> {
    const load = ++this.loads;
    const url = this.summaryUrl();
    if (!url) {
      this.status = { state: 'failed', why: this.src ? this.strings.badSrc(this.src) : this.strings.noSrc };
      return;
    }
    this.status = { state: 'loading' };
    let status: Status;
    try {
      // `no-cache`: the receiver's ETag makes revalidation cheap, and a reader who just voted sees the vote.
      const response = await fetch(url, { credentials: 'omit', cache: 'no-cache', headers: { accept: 'application/json' } });
      const summary = response.ok ? asSummary(await response.json().catch(() => undefined)) : undefined;
      status = summary ? { state: 'loaded', summary } : { state: 'failed', why: response.ok ? this.strings.notJson : `HTTP ${response.status}` };
    } catch (error) {
      status = { state: 'failed', why: (error as Error).message || 'network error' };
    }
    if (load !== this.loads) return;
    this.status = status;
    if (status.state === 'failed') reportError(this, { code: 'feedback-results-failed', message: this.strings.failed(status.why) });
  }

  override render() {
    const strings = this.strings;
    const { status } = this;
    // One live region for the line that changes (loading, then the headline or why it failed), so it is announced.
    if (status.state !== 'loaded') {
      const text = status.state === 'failed' ? strings.failed(status.why) : strings.loading;
      return html`<p part="message" id="headline" class=${status.state === 'failed' ? 'message failed' : 'message'} role="status">${text}</p>`;
    }
    const { summary } = status;
    const share = (part: number) => (summary.votes ? Math.round((part / summary.votes) * 100) : 0);
    const headline = summary.votes ? strings.helpful(Math.round((summary.helpfulShare ?? 0) * 100), summary.votes) : strings.noVotes;
    const ratings = [5, 4, 3, 2, 1].map((rating) => ({ rating, votes: summary.byRating[String(rating) as '1'] }));
    const most = Math.max(1, ...ratings.map((row) => row.votes));
    return html`<p part="headline" id="headline" class="headline" role="status">${headline}</p>
      ${
        summary.votes
          ? html`<figure part="figure" aria-labelledby="headline"><div part="chart" @keydown=${this.onKeydown}>
                <svg role="listbox" aria-label=${strings.distribution} width="100%" height=${`${ratings.length * ROW}em`}>
                  ${ratings.map(({ rating, votes }, index) => {
                    const width = Math.max((votes / most) * 70, 0.5);
                    const label = strings.barLabel(strings.ratingName(rating), votes, share(votes));
                    // The drawn numbers sit beside the option, not in it: its name says more than "5 127",
                    // and a widget's visible text must be part of its name. The row gives focus its ring.
                    return svg`<g role="option" aria-selected=${index === 0} tabindex=${index === 0 ? 0 : -1} aria-label=${label}>
                        <rect class="row" y=${`${index * ROW}em`} width="100%" height=${`${ROW}em`}></rect>
                        <rect class="bar" x="1.5em" y=${`${index * ROW + 0.3}em`} width=${`${width}%`} height="1.1em"></rect>
                      </g>
                      <g aria-hidden="true">
                        <text class="label" x="0" y=${`${index * ROW + 1.1}em`}>${rating}</text>
                        <text class="value" x=${`${width}%`} dx="2em" y=${`${index * ROW + 1.1}em`}>${votes}</text>
                      </g>`;
                  })}
                </svg>
              </div>
              <details ?open=${this.tableShown} @toggle=${(event: Event) => (this.tableShown = (event.currentTarget as HTMLDetailsElement).open)}>
                <summary>${this.tableShown ? strings.hideTable : strings.showTable}</summary>
                <table part="table">
                  <caption>
                    ${strings.tableCaption}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${strings.ratingHeader}</th>
                      <th scope="col">${strings.votesHeader}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${ratings.map(({ rating, votes }) => html`<tr><th scope="row">${strings.ratingName(rating)}</th><td>${votes}</td></tr>`)}
                  </tbody>
                </table>
              </details>
              <div class="tools" part="tools">
                ${TOOLS.map(
                  (tool) =>
                    html`<button type="button" @click=${() =>
                      this.tools()
                        .then((tools) => tools.use(this, tool))
                        .catch((error: Error) => reportError(this, { code: 'load-failed', message: String(error) }))}>
                      ${strings.tools[tool]}<span class="visually-hidden">: ${strings.tableCaption}</span>
                    </button>`,
                )}
                <p role="status"></p>
              </div></figure>`
          : nothing
      }
      ${
        summary.reasons.length
          ? html`<p class="reasons-title" id="reasons">${strings.reasonsHeading}</p>
              <ul part="reasons" aria-labelledby="reasons">
                ${summary.reasons.slice(0, 3).map((reason) => html`<li>${Object.hasOwn(strings.reasons, reason.id) ? strings.reasons[reason.id as keyof typeof strings.reasons] : reason.id}: ${strings.reasonVotes(reason.votes)}</li>`)}
              </ul>`
          : nothing
      }`;
  }

  /** The code behind the buttons and the methods, loaded on first use. */
  private tools(): Promise<typeof import('./results-tools.js')> {
    return import('./results-tools.js');
  }

  /**
   * The votes per rating as CSV (RFC 4180: CRLF line ends, a header row, the votes in plain digits): a
   * Promise, since the code loads on first use; '' (reported) while there are no votes to show.
   */
  toCSV(): Promise<string> {
    return this.tools().then((tools) => tools.toCSV(this));
  }

  /** The chart as a standalone SVG document, with the table's caption, the headline and a source line: a Promise, as `toCSV()`. */
  toSVG(): Promise<string> {
    return this.tools().then((tools) => tools.toSVG(this));
  }

  /** The chart as a PNG `Blob` (undefined where it cannot be made), drawn as `toSVG()` draws it, at the screen's pixel density: a Promise, as `toCSV()`. */
  toPNG(): Promise<Blob | undefined> {
    return this.tools().then((tools) => tools.toPNG(this));
  }

  /**
   * Arrow keys, Home and End move between the bars (one tab stop for the chart). The bars are the
   * options of a listbox, a role that may take focus (a focusable list item is no widget), and the
   * selection follows focus.
   */
  private onKeydown(event: KeyboardEvent): void {
    const items = [...(event.currentTarget as Element).querySelectorAll<SVGGElement>('[role="option"]')];
    const current = items.indexOf(event.target as SVGGElement);
    const next = { ArrowDown: current + 1, ArrowRight: current + 1, ArrowUp: current - 1, ArrowLeft: current - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined || current < 0) return;
    event.preventDefault();
    const target = items[Math.min(Math.max(next, 0), items.length - 1)];
    for (const item of items) {
      item.setAttribute('tabindex', item === target ? '0' : '-1');
      item.setAttribute('aria-selected', String(item === target));
    }
    target.focus();
  }
}

/**
 * <mlops-feedback>'s trust rules, loaded when a reader first picks a rating (a page where nobody
 * answers never downloads them):
 *  - the payload's `client: { honeypot, dwellMs }`, for the receiver to tell a person from a bot;
 *  - one vote per page in this browser: the vote id is remembered per profile, page and element id
 *    under {@link VOTED_KEY}, and a later page view answers under the same id, so the receiver's
 *    upsert replaces the earlier answer instead of adding one;
 *  - a vote with a filled honeypot, or given sooner than `min-dwell` after the page was opened, is
 *    still posted (the receiver decides) but reaches no analytics tool, which could not tell it
 *    apart; neither does a changed answer (one event per vote).
 * Nothing here identifies the reader: the ids are random, and storage failures are ignored.
 */
import { reportError } from '../../internal/events.js';
import type { MlopsFeedbackResults } from '../feedback-results/feedback-results.js';
import type { FeedbackPayload } from './delivery.js';

/** The `localStorage` key of the remembered votes: `{ [profile page element-id]: { id, view, counted } }`. */
export const VOTED_KEY = 'mlops-feedback:voted';

/** Remembered votes kept at most (the oldest go first). */
const LIMIT = 200;

/** What the rules read of the element: its public settings and its id. */
interface Voter extends HTMLElement {
  minDwell: number;
  commentWhen: string;
  analytics?: string;
  endpoint?: string;
}

interface Remembered {
  id: string;
  /** The page view that made it (`performance.timeOrigin`): widgets of one view keep their own ids. */
  view: number;
  /** Whether an analytics event was sent for it. */
  counted: boolean;
}

// The page as the payload has it (vote.ts's pageAddress), written out so this module imports nothing from the element's.
const keyOf = (element: Voter, profile: string) => `${profile} ${location.origin + location.pathname} ${element.id}`;

function read(): Record<string, Remembered> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(VOTED_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, Remembered>) : {};
  } catch {
    return {};
  }
}

function write(votes: Record<string, Remembered>): void {
  const keys = Object.keys(votes);
  for (const key of keys.slice(0, Math.max(0, keys.length - LIMIT))) delete votes[key];
  try {
    localStorage.setItem(VOTED_KEY, JSON.stringify(votes));
  } catch {
    // Blocked or full storage: the rule holds for this page view only.
  }
}

/** The payload's `client`: the honeypot's value (a person leaves it empty) and the ms the reader has been on the page (since navigation). */
export function clientData(root: ParentNode): Required<Pick<FeedbackPayload, 'client'>> {
  return { client: { honeypot: root.querySelector<HTMLInputElement>('input[name="website"]')?.value ?? '', dwellMs: Math.round(performance.now()) } };
}

/** The id this browser voted under on an earlier view of the same page, if any. */
export function earlierVoteId(element: Voter, profile: string): string | undefined {
  const remembered = read()[keyOf(element, profile)];
  return typeof remembered?.id === 'string' && remembered.view !== performance.timeOrigin ? remembered.id : undefined;
}

// The element has already reported an unusable value; 3000 is its default (settings.ts).
const minDwellOf = (element: Voter) => (element.minDwell >= 1 ? element.minDwell : 3000);

/** A vote a person is unlikely to have given: the hidden field filled, or answered too soon. */
export function suspicious(client: { honeypot: string; dwellMs: number }, minDwell: number): boolean {
  return client.honeypot !== '' || client.dwellMs < minDwell;
}

/**
 * Remembers the vote for the next view of this page and, when it may be counted (not suspicious, and
 * no event sent for this vote id before), sends it to the element's analytics tools.
 */
export async function countVote(element: Voter, vote: FeedbackPayload): Promise<void> {
  // A vote that goes nowhere is not remembered either: without an endpoint or analytics nothing is stored.
  if (!element.endpoint && !element.analytics) return;
  const votes = read();
  const key = keyOf(element, vote.profile);
  const earlier = votes[key]?.id === vote.id ? votes[key] : undefined;
  // A vote made before this module loaded has no `client`: judge the element as it is now.
  const count = !suspicious(vote.client ?? clientData(element.shadowRoot!).client, minDwellOf(element)) && !earlier?.counted;
  delete votes[key]; // re-inserted last: the most recent vote is the last to be dropped
  votes[key] = { id: vote.id, view: performance.timeOrigin, counted: Boolean(earlier?.counted) || count };
  write(votes);
  if (element.hasAttribute('show-results') && element.endpoint) showResultsAfter(element, vote.id);
  if (count && element.analytics?.trim()) (await import('./analytics.js')).sendToAnalytics(element, element.analytics, vote);
}

/**
 * `show-results`: once the endpoint has accepted the vote, the page's tally from the receiver below the
 * thank-you (`<mlops-feedback-results slot="results">`, the endpoint's `/summary`), loaded on demand.
 */
function showResultsAfter(element: Voter, id: string): void {
  const onSent = async (event: CustomEvent<FeedbackPayload>) => {
    if (event.detail.id !== id) return;
    element.removeEventListener('mlops-feedback-sent', onSent);
    try {
      await import('../../define/mlops-feedback-results.js');
    } catch {
      return; // the results are an extra: the vote is in
    }
    const shown = element.querySelector<MlopsFeedbackResults>(':scope > mlops-feedback-results[slot="results"]');
    if (shown) return void shown.load();
    const summary = new URL(element.endpoint!, document.baseURI);
    summary.pathname = `${summary.pathname.replace(/\/$/, '')}/summary`;
    summary.search = '';
    const results = document.createElement('mlops-feedback-results');
    results.slot = 'results';
    results.setAttribute('src', summary.href);
    element.append(results);
  };
  element.addEventListener('mlops-feedback-sent', onSent);
}

/** Reports a `comment` or `analytics` value the element cannot use (`min-dwell` is checked with the other numbers). */
export async function checkSettings(element: Voter): Promise<void> {
  if (!['always', 'low'].includes(element.commentWhen)) {
    reportError(element, {
      code: 'invalid-attribute',
      message: `<mlops-feedback> comment="${element.commentWhen}" is not "always" or "low"; using always.`,
      suggestion: 'low',
    });
  }
  if (element.analytics?.trim()) (await import('./analytics.js')).checkTools(element, element.analytics);
}

/**
 * The feedback element's tests: the real endpoint of the test server (scripts/wtr/feedback-endpoint.js),
 * with one bucket per test, unique across engines; and reading and driving the element as a reader does.
 */
import { oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { FeedbackPayload, MlopsFeedback } from '../../src/elements/feedback/feedback.js';

export interface ServerLog {
  received: FeedbackPayload[];
  byId: Record<string, number>;
  attempts: { id: string | null; step: string; contentType: string; cookie: boolean }[];
  holding: number;
}

// The page's own fetch, kept before any test wraps it: talking to the server never counts as the element's request.
const pageFetch = window.fetch.bind(window);
const usedBuckets: string[] = [];

/** A bucket of the endpoint no other test or engine uses; `releaseUsedBuckets()` lets go of the requests it holds. */
export function newBucket(prefix: string): string {
  const bucket = `${prefix}-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  usedBuckets.push(bucket);
  return bucket;
}

export const endpointFor = (bucket: string) => `/__feedback/votes?bucket=${bucket}`;
export const absoluteEndpoint = (bucket: string) => new URL(endpointFor(bucket), document.baseURI).href;

/** The answers the server gives the bucket's requests, in order of arrival (afterwards it answers ok). */
export async function planServer(bucket: string, plan: string[]): Promise<void> {
  await pageFetch(`/__feedback/plan?bucket=${bucket}`, { method: 'POST', body: JSON.stringify({ plan }) });
}

/** Answers the requests the server holds for the bucket. */
export async function releaseServer(bucket: string): Promise<void> {
  await pageFetch(`/__feedback/release?bucket=${bucket}`, { method: 'POST' });
}

/** For afterEach: a test that failed while the server held a request must not leave the connection occupied. */
export async function releaseUsedBuckets(): Promise<void> {
  await Promise.all(usedBuckets.splice(0).map(releaseServer));
}

/** For afterEach of the element's tests: no vote stays queued, no mouse button pressed, no request held. */
export async function resetFeedbackPage(): Promise<void> {
  localStorage.clear();
  await resetMouse();
  await releaseUsedBuckets();
}

export async function serverLog(bucket: string): Promise<ServerLog> {
  return (await pageFetch(`/__feedback/log?bucket=${bucket}`, { cache: 'no-store' })).json();
}

/** Polls the server's log until `check` holds; returns that log. */
export async function waitForServer(bucket: string, check: (log: ServerLog) => boolean, message: string): Promise<ServerLog> {
  let last: ServerLog | undefined;
  await waitUntil(async () => check((last = await serverLog(bucket))), message, { timeout: 8000 });
  return last!;
}

/** The votes waiting in localStorage. */
export const queued = (): { endpoint: string; payload: FeedbackPayload; attempts: number }[] => JSON.parse(localStorage.getItem(FEEDBACK_QUEUE_KEY) ?? '[]');

/** Counts calls to the page's fetch (still passing them through); returns the calls and the undo. */
export function spyOnFetch() {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return original.call(window, input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

// ---------------------------------------------------------------------------------------------
// Reading and driving the element.

export const $ = <T extends Element = HTMLElement>(el: MlopsFeedback, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: MlopsFeedback, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const radios = (el: MlopsFeedback) => $$<HTMLInputElement>(el, 'input[name="rating"]');
export const checkedRating = (el: MlopsFeedback) => radios(el).find((radio) => radio.checked)?.value;
export const submitButton = (el: MlopsFeedback) => $<HTMLButtonElement>(el, '[part~="submit"]')!;
export const statusText = (el: MlopsFeedback) => $(el, '[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
/** Whether `target` has focus in the element's shadow root (a boolean, so a failure prints quickly). */
export const focused = (el: MlopsFeedback, target: Element | null | undefined) => target != null && el.shadowRoot!.activeElement === target;
export const ownLabel = (input: HTMLInputElement) => input.getAttribute('aria-label') ?? input.closest('label')!.textContent!.trim();

/** Clicks the rating `value`. */
export async function rate(el: MlopsFeedback, value: number): Promise<void> {
  radios(el)
    .find((radio) => radio.value === String(value))!
    .click();
  await el.updateComplete;
}

/** Clicks Submit; resolves with the payload of the submit event. */
export async function submit(el: MlopsFeedback): Promise<FeedbackPayload> {
  const event = oneEvent(el, 'mlops-feedback-submit');
  submitButton(el).click();
  return (await event).detail;
}

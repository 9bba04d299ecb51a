/**
 * <mlops-feedback analytics="…">: each counted vote goes to the page's own analytics tools as an event
 * that carries its value, named `mlops_feedback` (no GA4 built-in event has that name). The tools'
 * globals are used only if the page already has them; no script is ever loaded from here, and a
 * missing tool gets one console hint per page.
 */
import { reportError } from '../../internal/events.js';
import type { FeedbackPayload } from './delivery.js';

export const EVENT_NAME = 'mlops_feedback';

type Globals = Record<string, unknown>;
type Send = (global: never, vote: FeedbackPayload) => void;

/** Per tool: the global it needs, its name for people, and the call. Reasons go as one comma-separated string: no tool takes arrays as event values. */
const tools: Record<string, { global: string; name: string; send: Send }> = {
  ga4: {
    global: 'gtag',
    name: 'Google Analytics 4 (gtag.js)',
    send: (gtag: (...args: unknown[]) => void, vote) =>
      gtag('event', EVENT_NAME, { rating: vote.rating, scale: vote.scale, page: vote.page, reasons: vote.reasons.join(',') }),
  },
  plausible: {
    global: 'plausible',
    name: 'Plausible',
    send: (plausible: (...args: unknown[]) => void, vote) =>
      plausible(EVENT_NAME, { props: { rating: vote.rating, scale: vote.scale, reasons: vote.reasons.join(',') } }),
  },
  matomo: {
    global: '_paq',
    name: 'Matomo',
    // trackEvent(category, action, name, value): the rating is the numeric value Matomo sums and averages.
    send: (paq: { push(args: unknown[]): void }, vote) => paq.push(['trackEvent', EVENT_NAME, `rating-${vote.scale}`, vote.page, vote.rating]),
  },
  umami: {
    global: 'umami',
    name: 'Umami',
    send: (umami: { track(name: string, data: object): void }, vote) =>
      umami.track(EVENT_NAME, { rating: vote.rating, scale: vote.scale, page: vote.page, reasons: vote.reasons.join(',') }),
  },
  datalayer: {
    global: 'dataLayer',
    name: 'a tag manager (window.dataLayer)',
    send: (dataLayer: { push(entry: object): void }, vote) =>
      dataLayer.push({ event: EVENT_NAME, rating: vote.rating, scale: vote.scale, page: vote.page, reasons: vote.reasons.join(',') }),
  },
};

const hinted = new Set<string>();

/** The tools `list` names (space-separated); an unknown name is reported once, on `element`. */
function named(element: HTMLElement, list: string): string[] {
  const names = list.toLowerCase().split(/\s+/).filter(Boolean);
  for (const unknown of names.filter((name) => !Object.hasOwn(tools, name))) {
    if (hinted.has(`unknown ${unknown}`)) continue;
    hinted.add(`unknown ${unknown}`);
    reportError(element, {
      code: 'invalid-attribute',
      message: `<mlops-feedback> analytics="${list}": "${unknown}" is not one of ${Object.keys(tools).join(', ')}.`,
      suggestion: Object.keys(tools).find((name) => name[0] === unknown[0]),
    });
  }
  return names.filter((name) => Object.hasOwn(tools, name));
}

/** The tool's global, or undefined (with one console hint per page) when the page does not have it. */
function present(id: string): unknown {
  const { global, name } = tools[id];
  const value = (globalThis as unknown as Globals)[global];
  const usable =
    global === 'umami'
      ? typeof (value as { track?: unknown })?.track === 'function'
      : global === 'gtag' || global === 'plausible'
        ? typeof value === 'function'
        : Array.isArray(value) || typeof (value as { push?: unknown })?.push === 'function';
  if (usable) return value;
  if (!hinted.has(id)) {
    hinted.add(id);
    console.warn(
      `<mlops-feedback analytics="${id}">: ${name} is not on this page (no window.${global}), so votes are not sent to it. Add the tool's own snippet to the page; mlops-elements never loads it.`,
    );
  }
  return undefined;
}

/** Checks the names when the attribute is set, so a typo shows before anyone votes. */
export function checkTools(element: HTMLElement, list: string): void {
  named(element, list);
}

/** Sends the vote to each named tool the page has. A tool that throws is skipped: the host page never sees the error. */
export function sendToAnalytics(element: HTMLElement, list: string, vote: FeedbackPayload): void {
  for (const id of named(element, list)) {
    const global = present(id);
    if (global === undefined) continue;
    try {
      tools[id].send(global as never, vote);
    } catch (error) {
      console.warn(`<mlops-feedback analytics="${id}">: the tool threw: ${(error as Error).message}`);
    }
  }
}

/**
 * Instruments of the reliability tests: a trap for anything that runs or throws, a scan of rendered
 * shadow trees for injected markup, a ledger of page-level event listeners, a guard on fetch, and
 * containers that must not scroll sideways. (What other tests share too is in test/helpers/.)
 */
import { shadowRootsIn } from '../helpers/dom.js';
import { TRAP } from './payloads.js';

type TrapWindow = Window & { [TRAP]?: unknown };

/** The payloads' trap: undefined unless one of them ran. */
export const trapValue = () => (window as TrapWindow)[TRAP];
export const resetTrap = () => void delete (window as TrapWindow)[TRAP];

/** Elements that would load, run or navigate something if a payload ever became markup. */
const ACTIVE_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'img',
  'image',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'video',
  'audio',
  'source',
  'math',
  'noscript',
  'portal',
]);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'poster', 'background'];

export interface PageWatch {
  /** Messages of uncaught errors and unhandled rejections, and failed resource loads. */
  errors: string[];
  /** Active elements (script, iframe, img, …) added to the document's light DOM. */
  added: string[];
  stop(): void;
}

/**
 * Records every uncaught error and unhandled rejection, resource load failures (an injected
 * `<img src=x>` would produce one) and active elements added anywhere in the document's light DOM
 * (except the test's own, marked `data-test-harness`).
 */
export function watchPage(): PageWatch {
  const errors: string[] = [];
  const added: string[] = [];
  const onError = (event: Event) => {
    if (event instanceof ErrorEvent) errors.push(`error: ${event.message}`);
    else errors.push(`resource error on <${(event.target as Element | null)?.localName ?? '?'}>`);
  };
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason?.stack ?? event.reason)}`);
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || node.hasAttribute('data-test-harness')) continue;
        for (const element of [node, ...node.querySelectorAll('*')]) {
          if (ACTIVE_TAGS.has(element.localName)) added.push(`<${element.localName}> added to ${record.target.nodeName}`);
        }
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return {
    errors,
    added,
    stop() {
      observer.disconnect();
      window.removeEventListener('error', onError, true);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A URL as a browser reads its scheme: white space and control characters (U+0000 to U+001F) do not count. */
const withoutSpaceOrControls = (value: string) => [...value].filter((char) => char > '\u001f' && !/\s/.test(char)).join('');

/**
 * Signs that text became markup anywhere under `root`, shadow trees included: active elements,
 * event-handler attributes, script-scheme URLs, or a style element carrying a payload.
 */
export function findInjection(root: ParentNode): string[] {
  const findings: string[] = [];
  // Only what the elements rendered: the light DOM is the test's own, watched by watchPage().
  for (const tree of shadowRootsIn(root)) {
    for (const element of tree.querySelectorAll('*')) {
      const where = `<${element.localName}> in the shadow root of <${tree.host.localName}>`;
      if (ACTIVE_TAGS.has(element.localName)) findings.push(`${where} exists`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) findings.push(`${where} has ${attribute.name}=`);
        if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && /^(javascript|vbscript|data):/i.test(withoutSpaceOrControls(attribute.value))) {
          findings.push(`${where} has ${attribute.name}="${attribute.value.slice(0, 40)}"`);
        }
      }
      if (element.localName === 'style' && /__pwned|\*\s*\{\s*display\s*:\s*none/.test(element.textContent ?? '')) {
        findings.push(`${where} carries a payload`);
      }
    }
  }
  return findings;
}

interface ListenerEntry {
  target: string;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  /** What the target actually holds: the listener, or a wrapper for `once` listeners. */
  registered: EventListenerOrEventListenerObject;
  stack: string;
}

export interface ListenerLedger {
  /** Listeners added to the targets since the ledger opened and not removed since. */
  live(): Array<Pick<ListenerEntry, 'target' | 'type' | 'capture' | 'stack'>>;
  /** Everything ever added through the ledger (for "it did listen while open" checks). */
  added: number;
  restore(): void;
}

/**
 * Wraps `addEventListener`/`removeEventListener` of `document` and `window` and keeps a ledger of
 * what is attached, honouring `capture`, `once` (removed after it fires) and `signal` (removed when
 * aborted), so a listener an element adds and never removes shows up as live.
 */
export function trackPageListeners(more: Array<[name: string, target: EventTarget]> = []): ListenerLedger {
  const entries: ListenerEntry[] = [];
  const targets: Array<[string, EventTarget]> = [['document', document], ['window', window], ...more];
  const originals = targets.map(([, target]) => ({
    target,
    add: target.addEventListener,
    remove: target.removeEventListener,
  }));
  let added = 0;
  const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
  const find = (target: string, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) =>
    entries.findIndex((entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture);

  targets.forEach(([name, target], index) => {
    const { add, remove } = originals[index];
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      const capture = captureOf(options);
      if (!listener || find(name, type, listener, capture) >= 0) return add.call(this, type, listener, options);
      const flags = typeof options === 'object' ? options : {};
      if (flags.signal?.aborted) return add.call(this, type, listener, options);
      const entry: ListenerEntry = { target: name, type, listener, capture, registered: listener, stack: new Error().stack ?? '' };
      if (flags.once) {
        entry.registered = function (this: unknown, event: Event) {
          const at = entries.indexOf(entry);
          if (at >= 0) entries.splice(at, 1);
          return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
        };
      }
      flags.signal?.addEventListener('abort', () => {
        const at = entries.indexOf(entry);
        if (at >= 0) entries.splice(at, 1);
      });
      entries.push(entry);
      added += 1;
      return add.call(this, type, entry.registered, options);
    };
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      if (listener) {
        const at = find(name, type, listener, captureOf(options));
        if (at >= 0) {
          const [entry] = entries.splice(at, 1);
          return remove.call(this, type, entry.registered, options);
        }
      }
      return remove.call(this, type, listener, options);
    };
  });

  return {
    live: () => entries.map(({ target, type, capture, stack }) => ({ target, type, capture, stack })),
    get added() {
      return added;
    },
    restore() {
      for (const { target } of originals) {
        delete (target as { addEventListener?: unknown }).addEventListener;
        delete (target as { removeEventListener?: unknown }).removeEventListener;
      }
    },
  };
}

/** One line per live listener, with the first stack frame from our sources, for failure messages. */
export function describeListeners(live: ReturnType<ListenerLedger['live']>): string {
  return live
    .map(({ target, type, capture, stack }) => {
      const frame =
        stack
          .split('\n')
          .find((line) => /\/(src|dist)\//.test(line))
          ?.trim() ?? '(no frame from src/ or dist/)';
      return `${target} ${type}${capture ? ' (capture)' : ''} from ${frame}`;
    })
    .join('\n');
}

export interface FetchGuard {
  /** Every URL fetched, resolved against the page. */
  urls: string[];
  /** Requests that would have left the page's origin (answered with a network error instead). */
  blocked: string[];
  restore(): void;
}

/**
 * Passes same-origin, `data:` and `blob:` fetches through, and answers anything that would reach
 * another origin with a network error (recorded), so no test can talk to the outside world.
 */
export function guardFetch(): FetchGuard {
  const original = window.fetch;
  const urls: string[] = [];
  const blocked: string[] = [];
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const raw = input instanceof Request ? input.url : String(input);
    let url: URL | undefined;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      // Not a URL at all: the real fetch rejects it, which is what the element must cope with.
    }
    urls.push(url?.href ?? raw);
    if (url && /^https?:$/.test(url.protocol) && url.origin !== location.origin) {
      blocked.push(url.href);
      return Promise.reject(new TypeError('blocked by the test: cross-origin request'));
    }
    return original.call(window, input, init);
  } as typeof fetch;
  return {
    urls,
    blocked,
    restore: () => void (window.fetch = original),
  };
}

/** A block of a given width appended to the body, removed by `cleanup()`. */
export function container(width?: number): HTMLDivElement {
  const div = document.createElement('div');
  if (width) div.style.width = `${width}px`;
  document.body.append(div);
  containers.push(div);
  return div;
}
const containers: HTMLElement[] = [];

/** Removes every container made by `container()`. */
export function cleanup(): void {
  for (const div of containers.splice(0)) div.remove();
}

/** Whether an ancestor of `element` below `box` (crossing shadow boundaries) clips its overflow. */
function clipped(element: Element, box: Element): boolean {
  for (let node: Element | null = element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null; node && node !== box;) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
    node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
  }
  return false;
}

/** The unclipped elements (shadow trees included) that stick out to the right of `box`. */
export function overflowing(box: Element): string[] {
  const right = box.getBoundingClientRect().right + 1;
  const found: string[] = [];
  for (const tree of [box, ...shadowRootsIn(box)]) {
    for (const element of tree.querySelectorAll('*')) {
      if (element.getBoundingClientRect().right <= right || clipped(element, box)) continue;
      const host = tree instanceof ShadowRoot ? ` in <${tree.host.localName}>` : '';
      const part = element.getAttribute('part');
      found.push(`<${element.localName}${part ? ` part="${part}"` : ''}>${host}`);
    }
  }
  return found.slice(0, 8);
}

/** Fails, naming the culprits, when content makes `box` scroll sideways. */
export function expectContained(box: Element, where: string): void {
  if (box.scrollWidth <= box.clientWidth + 1) return;
  throw new Error(`${where}: content is ${box.scrollWidth}px wide in a ${box.clientWidth}px box; sticking out: ${overflowing(box).join(', ')}`);
}

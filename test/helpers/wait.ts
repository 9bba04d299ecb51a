/** Waiting for the condition a test cares about, never for a fixed time. */
import { waitUntil } from '@open-wc/testing';
import { shadowRootsIn } from './dom.js';

/** waitUntil, polling every few milliseconds: its default 50 ms adds up over hundreds of payloads or votes. */
export function until(condition: () => unknown, message: string, timeout = 3000): Promise<void> {
  return waitUntil(condition, message, { interval: 4, timeout });
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/**
 * Waits until the element and every element in its light and shadow trees has rendered its current
 * state, including the elements those renders created: their updates come after the render that
 * created them, and need not be done when its `updateComplete` resolves.
 */
export async function settle(root: Element): Promise<void> {
  let seen = 0;
  for (let round = 0; round < 20; round++) {
    const elements = [root, ...root.querySelectorAll('*'), ...shadowRootsIn(root).flatMap((tree) => [...tree.querySelectorAll('*')])];
    const pending = elements.map((element) => (element as Updatable).updateComplete).filter((promise): promise is Promise<unknown> => !!promise);
    const results = await Promise.all(pending);
    // updateComplete resolves false when another update was requested meanwhile, and a render may
    // have added elements: go round again until neither happens.
    if (results.every((result) => result !== false) && elements.length === seen) return;
    seen = elements.length;
  }
}

/**
 * Calls `check` once in each task of the page, from the next one on (each marked by a message to
 * itself, which, unlike a timer, comes as soon as the tasks before it are done), until it returns true.
 */
export function eachTask(check: () => boolean, message: string, timeout = 3000): Promise<void> {
  const channel = new MessageChannel();
  const gaveUp = performance.now() + timeout;
  return new Promise<void>((resolve, reject) => {
    channel.port1.onmessage = () => {
      if (check()) resolve();
      else if (performance.now() > gaveUp) reject(new Error(`Timed out after ${timeout} ms: ${message}`));
      else return channel.port2.postMessage(0);
      channel.port1.close();
    };
    channel.port2.postMessage(0);
  });
}

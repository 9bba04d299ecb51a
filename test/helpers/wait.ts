/** Waiting for the condition a test cares about, never for a fixed time. */
import { waitUntil } from '@open-wc/testing';
import { shadowRootsIn } from './dom.js';

/** waitUntil, polling every few milliseconds: its default 50 ms adds up over hundreds of payloads or votes. */
export function until(condition: () => unknown, message: string, timeout = 3000): Promise<void> {
  return waitUntil(condition, message, { interval: 4, timeout });
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Waits until the element and every element in its light and shadow trees has rendered its current state. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const elements = [root, ...root.querySelectorAll('*'), ...shadowRootsIn(root).flatMap((tree) => [...tree.querySelectorAll('*')])];
    const pending = elements.map((element) => (element as Updatable).updateComplete).filter((promise): promise is Promise<unknown> => !!promise);
    const results = await Promise.all(pending);
    // updateComplete resolves false when another update was requested meanwhile: go round again.
    if (results.every((result) => result !== false)) return;
  }
}

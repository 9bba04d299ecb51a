/**
 * Updates in slices of main-thread time. A page that hydrates dozens of prerendered elements at once
 * (the whole profile page, a docs page of charts and terms), or hands them all a new dataset or
 * language, would otherwise update them in one task: a long task that holds up the reader's taps and
 * keys, and the host page's Total Blocking Time. Once this module is loaded, each such update of a Lit
 * element takes its turn: while the current slice has time left it runs at once, after that it waits
 * for the next slice (a task of its own), in the order the elements asked. An update that starts a
 * task (a click, an attribute set later) opens a slice and never waits.
 *
 * Only elements that already show something take turns: the prerendered ones, and those that have
 * rendered before. An empty element renders at once. Waiting, it would leave a gap in what the page
 * shows, and whatever follows it would move when it filled (layout shift).
 *
 * The registrations of the elements that render dozens of others (`updatesInSlices` in the registry)
 * import it, and their CDN files carry it (no request of its own). Others leave out its bytes: a page
 * with a few elements has no long update to cut (ARCHITECTURE.md, "Two bases, one core").
 */
import { isServer, LitElement } from 'lit';
import { MlopsElement } from './base.js';
import { showsContent } from './shows-content.js';

/** A slice's length: a long task is 50 ms, and a phone can be four times slower than a laptop. */
export const SLICE_MS = 8;

/** When the current slice ends (`performance.now()`); undefined between slices. */
let sliceEnds: number | undefined;
const waiting: Array<() => void> = [];
// A message to ourselves marks the next task: unlike a timer's, it is not slowed in a background tab.
// Servers never update elements, and a listening port would keep Node's process alive.
const nextTask = isServer ? undefined : new MessageChannel();

/** Opens a slice, which ends with the task that opened it. */
function startSlice(): number {
  nextTask?.port2.postMessage(0);
  return (sliceEnds = performance.now() + SLICE_MS);
}

if (nextTask) {
  nextTask.port1.onmessage = () => {
    sliceEnds = undefined;
    for (const ends = waiting.length ? startSlice() : 0; waiting.length && performance.now() < ends;) waiting.shift()!();
  };
  // The task that loads the library opens the first slice: evaluating its modules and defining the
  // elements count towards it.
  startSlice();
}

/**
 * Runs `update` now when the current slice has time left and nothing waits before it (opening a
 * slice if none is open); otherwise queues it for the next slice and returns the promise of it
 * having run (rejected with what it threw).
 */
export function inSlice(update: () => void): Promise<void> | void {
  if (!waiting.length && performance.now() < (sliceEnds ?? startSlice())) return update();
  return new Promise((resolve, reject) =>
    waiting.push(() => {
      try {
        resolve(update());
      } catch (error) {
        reject(error);
      }
    }),
  );
}

/** Lit's update, in a slice: Lit awaits the promise `scheduleUpdate()` returns before the update counts as done. */
class UpdatesInSlices extends LitElement {
  protected override scheduleUpdate(): void | Promise<unknown> {
    return showsContent(this) ? inSlice(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}

// Every Lit element of the library takes its turn from now on. The method is moved as it is: its
// `super` stays LitElement's.
Object.defineProperty(MlopsElement.prototype, 'scheduleUpdate', Object.getOwnPropertyDescriptor(UpdatesInSlices.prototype, 'scheduleUpdate')!);

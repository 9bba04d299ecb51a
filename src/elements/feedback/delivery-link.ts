/**
 * The element's side of its on-demand modules, shared by every <mlops-feedback> on the page: loading
 * delivery.js (send/queue/retry) and trust.ts (which loads analytics.ts) on first use, and which queued votes
 * connected elements send themselves.
 */

/** A module loaded on first call; a failed load (the network went) is tried again next time. */
function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** The send/queue/retry code, loaded by the first element that has an endpoint: a page that only listens to `mlops-feedback-submit` never downloads it. */
export const loadDelivery = onDemand(() => import('./delivery.js'));

/** The trust rules, loaded when a reader first picks a rating. */
export const loadTrust = onDemand(() => import('./trust.js'));

/** For a module whose failed load leaves its feature out: the vote still goes. */
export const noop = () => {};

// Ids of votes that a connected element on this page owns: that element sends them itself, so other
// elements flushing the queue (for votes left over from earlier page views) leave them alone.
export const ownedIds = new Set<string>();

/**
 * The element's side of delivery.js, shared by every <mlops-feedback> on the page: loading that
 * module on first use, and which queued votes connected elements send themselves.
 */

type Delivery = typeof import('./delivery.js');
let deliveryModule: Promise<Delivery> | undefined;

/**
 * The send/queue/retry code, loaded by the first element that has an endpoint: a page that only
 * listens to `mlops-feedback-submit` never downloads it. A failed load is tried again next time.
 */
export function loadDelivery(): Promise<Delivery> {
  return (deliveryModule ??= import('./delivery.js').catch((error: unknown) => {
    deliveryModule = undefined;
    throw error;
  }));
}

// Ids of votes that a connected element on this page owns: that element sends them itself, so other
// elements flushing the queue (for votes left over from earlier page views) leave them alone.
export const ownedIds = new Set<string>();

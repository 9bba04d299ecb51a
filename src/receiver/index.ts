/**
 * `mlops-elements/receiver`: where <mlops-feedback> votes can go. A fetch handler over PostgreSQL
 * (embedded PGlite by default, a server through `DATABASE_URL`), and the pieces it is made of.
 * The `mlops-elements feedback-server` command serves it on Node (./cli.ts).
 */
import { createFeedbackHandler, type FeedbackHandler, type ReceiverOptions } from './handler.js';
import { openStore, type FeedbackStore } from './store.js';

export { createFeedbackHandler, type FeedbackHandler, type ReceiverOptions, type RequestContext } from './handler.js';
export { openStore, sqlStore, type FeedbackStore, type FeedbackSummary, type Query, type StoreLocation, type StoredVote } from './store.js';
export { feedbackPayloadSchema, payloadFromForm, type ValidVote } from './payload.js';
export { votesToCsv } from './csv.js';
export { RateLimiter } from './rate-limit.js';
export { nodeListener } from './node.js';

export interface FeedbackReceiver {
  handler: FeedbackHandler;
  store: FeedbackStore;
  close(): Promise<void>;
}

/**
 * Opens the store (a PostgreSQL server when `databaseUrl` is given, else PGlite in `dataDir`, or in
 * memory without one), migrates it, and returns the handler over it.
 */
export async function createFeedbackReceiver(options: Omit<ReceiverOptions, 'store'> & { dataDir?: string; databaseUrl?: string } = {}): Promise<FeedbackReceiver> {
  const { dataDir, databaseUrl, ...handlerOptions } = options;
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir });
  return { handler: createFeedbackHandler({ ...handlerOptions, store }), store, close: () => store.close() };
}

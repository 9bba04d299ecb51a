/**
 * Where votes are kept: PostgreSQL, embedded (PGlite, a data folder: the default) or a server
 * (`DATABASE_URL`, through the `postgres` client). Both run the same SQL; only `query` differs.
 * Each vote is one row keyed by its id, so a retry or a changed answer replaces the row (the latest
 * `submittedAt` wins) and is never counted twice. No address, cookie or other reader data is stored.
 * Both clients are optional peer dependencies, loaded only here, so the browser package never carries them.
 */
import type { ValidVote } from './payload.js';

/** One SQL statement with `$1`-style parameters; resolves to its rows. */
export type Query = (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** What `GET /feedback/summary?page=` answers: one contract for the receiver and `<mlops-feedback-results>` (a type only). */
import type { FeedbackSummary } from '../elements/feedback-results/feedback-results.js';
export type { FeedbackSummary };

/** A stored vote, as the export lists it. */
export interface StoredVote {
  id: string;
  profile: string;
  page: string;
  rating: number;
  scale: string;
  reasons: string[];
  comment: string;
  submittedAt: Date;
  receivedAt: Date;
  /** How many bodies arrived for this id (retries and changed answers); the row holds the latest. */
  revisions: number;
}

export interface FeedbackStore {
  /** Keeps `vote` unless a vote with its id and a later `submittedAt` is already stored. */
  save(vote: ValidVote): Promise<void>;
  summary(page: string): Promise<FeedbackSummary>;
  /** Every vote, oldest first. */
  all(): Promise<StoredVote[]>;
  close(): Promise<void>;
}

/** Schema changes in order; each runs once, recorded in `mlops_feedback_migrations`. */
const MIGRATIONS: readonly string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS mlops_feedback (
      id uuid PRIMARY KEY,
      profile text NOT NULL,
      page text NOT NULL,
      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
      scale text NOT NULL,
      reasons jsonb NOT NULL DEFAULT '[]',
      comment text NOT NULL DEFAULT '',
      submitted_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      revisions integer NOT NULL DEFAULT 1
    )`,
    'CREATE INDEX IF NOT EXISTS mlops_feedback_page ON mlops_feedback (page)',
  ],
];

async function migrate(query: Query): Promise<void> {
  await query('CREATE TABLE IF NOT EXISTS mlops_feedback_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const rows = await query('SELECT coalesce(max(version), 0)::int AS version FROM mlops_feedback_migrations');
  for (let version = Number(rows[0]?.version ?? 0) + 1; version <= MIGRATIONS.length; version++) {
    for (const statement of MIGRATIONS[version - 1]) await query(statement);
    await query('INSERT INTO mlops_feedback_migrations (version) VALUES ($1) ON CONFLICT DO NOTHING', [version]);
  }
}

// `$6` is JSON text, cast through text: typed jsonb, the postgres client would encode the string again (a JSON scalar).
const UPSERT = `INSERT INTO mlops_feedback (id, profile, page, rating, scale, reasons, comment, submitted_at)
  VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8)
  ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, page = excluded.page, rating = excluded.rating, scale = excluded.scale,
    reasons = excluded.reasons, comment = excluded.comment, submitted_at = excluded.submitted_at, received_at = now(),
    revisions = mlops_feedback.revisions + 1
  WHERE excluded.submitted_at >= mlops_feedback.submitted_at`;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The store over any PostgreSQL `query` (migrated before it is returned). */
export async function sqlStore(query: Query, close: () => Promise<void>): Promise<FeedbackStore> {
  await migrate(query);
  return {
    async save(vote) {
      await query(UPSERT, [vote.id, vote.profile, vote.page, vote.rating, vote.scale, JSON.stringify(vote.reasons), vote.comment, vote.submittedAt]);
    },
    async summary(page) {
      const ratings = await query('SELECT rating::int AS rating, count(*)::int AS votes FROM mlops_feedback WHERE page = $1 GROUP BY rating', [page]);
      const reasons = await query(
        'SELECT reason, count(*)::int AS votes FROM mlops_feedback, jsonb_array_elements_text(reasons) AS reason WHERE page = $1 GROUP BY reason ORDER BY votes DESC, reason',
        [page],
      );
      const byRating = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      let votes = 0;
      let total = 0;
      for (const row of ratings) {
        const rating = Number(row.rating);
        const count = Number(row.votes);
        byRating[String(rating) as keyof typeof byRating] = count;
        votes += count;
        total += rating * count;
      }
      const helpful = byRating['4'] + byRating['5'];
      return {
        page,
        votes,
        average: votes ? round(total / votes, 2) : null,
        helpfulShare: votes ? round(helpful / votes, 4) : null,
        byRating,
        reasons: reasons.map((row) => ({ id: String(row.reason), votes: Number(row.votes) })),
      };
    },
    async all() {
      const rows = await query(
        'SELECT id::text AS id, profile, page, rating::int AS rating, scale, reasons, comment, submitted_at, received_at, revisions FROM mlops_feedback ORDER BY received_at, id',
      );
      return rows.map((row) => ({
        id: String(row.id),
        profile: String(row.profile),
        page: String(row.page),
        rating: Number(row.rating),
        scale: String(row.scale),
        reasons: (typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons) as string[],
        comment: String(row.comment),
        submittedAt: new Date(row.submitted_at as string | Date),
        receivedAt: new Date(row.received_at as string | Date),
        revisions: Number(row.revisions),
      }));
    },
    close,
  };
}

/** Imports an optional peer dependency, or says how to install it. */
async function optional<T>(load: () => Promise<T>, name: string, why: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`The feedback receiver needs ${name} for ${why}: npm install ${name}`, { cause: error });
  }
}

/** Where to keep votes: a PGlite data folder (`undefined`: in memory, for tests) or a PostgreSQL URL. */
export type StoreLocation = { dataDir?: string } | { databaseUrl: string };

/** Opens (and migrates) the store at `location`. */
export async function openStore(location: StoreLocation): Promise<FeedbackStore> {
  if ('databaseUrl' in location) {
    const { default: postgres } = await optional(() => import('postgres'), 'postgres', 'DATABASE_URL');
    const sql = postgres(location.databaseUrl, { onnotice: () => {} });
    const query: Query = async (text, params = []) => [...(await sql.unsafe(text, params as never[]))];
    return sqlStore(query, () => sql.end({ timeout: 5 }));
  }
  const { PGlite } = await optional(() => import('@electric-sql/pglite'), '@electric-sql/pglite', 'its embedded database');
  const db = await PGlite.create(location.dataDir);
  const query: Query = async (text, params = []) => (await db.query<Record<string, unknown>>(text, params as unknown[])).rows;
  return sqlStore(query, () => db.close());
}

/** The export as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they need it. */
import { csvText } from '../internal/csv.js';
import type { StoredVote } from './store.js';

const COLUMNS = ['id', 'submitted_at', 'received_at', 'profile', 'page', 'scale', 'rating', 'reasons', 'comment', 'revisions'] as const;

/** Every vote, one row each; comments are anyone's text, so the shared writer guards them against formula injection. */
export function votesToCsv(votes: readonly StoredVote[]): string {
  const rows = votes.map((vote) => [
    vote.id,
    vote.submittedAt.toISOString(),
    vote.receivedAt.toISOString(),
    vote.profile,
    vote.page,
    vote.scale,
    vote.rating,
    vote.reasons.join(' '),
    vote.comment,
    vote.revisions,
  ]);
  return csvText([COLUMNS, ...rows]);
}

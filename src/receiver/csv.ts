/** The export as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they need it. */
import type { StoredVote } from './store.js';

const COLUMNS = ['id', 'submitted_at', 'received_at', 'profile', 'page', 'scale', 'rating', 'reasons', 'comment', 'revisions'] as const;

/**
 * One field. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first)
 * gets a leading `'`, the usual guard against CSV injection: comments are anyone's text.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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
  return [COLUMNS, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

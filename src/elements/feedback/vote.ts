/**
 * The parts of a vote the element makes itself before it sends anything, kept apart from the UI so
 * they can be tested on their own: the vote's id, the page it is about and the cleaned comment.
 */

/**
 * A version 4 UUID: `crypto.randomUUID()` where the page is a secure context, otherwise built from
 * `crypto.getRandomValues()`, which plain http pages have too.
 */
export function createFeedbackId(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (source.randomUUID) return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** The page a vote is about, without query or hash. */
export function pageAddress(where: Pick<Location, 'origin' | 'pathname'> = location): string {
  return where.origin + where.pathname;
}

/** Trims a comment and cuts it to `limit` UTF-16 units (what `maxlength` counts), never mid-character. */
export function cleanComment(comment: string, limit: number): string {
  let text = comment.trim().slice(0, Math.max(0, limit));
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  return text;
}

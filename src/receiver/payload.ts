/**
 * The receiver's check of a vote: the zod schema of `FeedbackPayload` (what <mlops-feedback> POSTs),
 * and the mapping of the static renderer's no-JavaScript form post onto it. What passes can be
 * stored as it is: no NUL characters or lone surrogates (PostgreSQL text refuses them), bounded lengths.
 */
import { z } from 'zod';
import { feedbackStrings } from '../elements/feedback/feedback.strings.js';

/** The reason ids the element offers (translations keep the ids). */
const REASONS = [...feedbackStrings.positiveReasons, ...feedbackStrings.negativeReasons].map((reason) => reason.id);

/** Text PostgreSQL accepts: no NUL and no unpaired UTF-16 surrogate. */
const storable = (value: string) => !/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
const text = (max: number) => z.string().max(max).refine(storable, 'contains a NUL character or an unpaired surrogate');

/** The longest comment accepted (the element's default `maxlength` is 500). */
export const MAX_COMMENT = 4000;

export const feedbackPayloadSchema = z
  .object({
    id: z.uuid(),
    profile: z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'is not a profile id'),
    rating: z.number().int().min(1).max(5),
    scale: z.enum(['5', 'thumbs']),
    reasons: z
      .array(z.enum(REASONS as [string, ...string[]]))
      .max(8)
      .refine((reasons) => new Set(reasons).size === reasons.length, 'lists a reason twice'),
    comment: text(MAX_COMMENT),
    page: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .refine(storable, 'contains a NUL character or an unpaired surrogate'),
    submittedAt: z.iso.datetime({ offset: true }),
    client: z.object({ honeypot: text(500), dwellMs: z.number().min(0).max(1e12).optional() }).optional(),
  })
  .refine((vote) => vote.scale === '5' || vote.rating === 1 || vote.rating === 5, { path: ['rating'], message: 'must be 1 or 5 on the thumbs scale' });

/** A vote as validated. */
export type ValidVote = z.infer<typeof feedbackPayloadSchema>;

/** Each problem as `path: message`, e.g. `rating: Too big: expected number to be <=5`. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

/** The page a vote is about, as the element sends it: origin and path, no query or hash (which may carry personal data). */
export function pageKey(address: string): string | undefined {
  try {
    const url = new URL(address);
    return /^https?:$/.test(url.protocol) ? url.origin + url.pathname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The payload a no-JavaScript form post stands for. The static renderer's form carries `profile`,
 * `scale`, `rating`, `reasons` (repeated) and `comment`; the receiver sets a new `id`, `submittedAt`
 * and, unless the form says, `page` from the Referer. The honeypot field is `website`.
 */
export function payloadFromForm(form: URLSearchParams, referer: string | null, newId: () => string, now: Date): Record<string, unknown> {
  const rating = form.get('rating');
  const honeypot = form.get('website');
  return {
    id: form.get('id') ?? newId(),
    profile: form.get('profile') ?? undefined,
    rating: rating === null || rating.trim() === '' ? undefined : Number(rating),
    scale: form.get('scale') ?? '5',
    reasons: form.getAll('reasons'),
    comment: (form.get('comment') ?? '').trim(),
    page: pageKey(form.get('page') ?? referer ?? '') ?? form.get('page') ?? undefined,
    submittedAt: now.toISOString(),
    ...(honeypot === null ? {} : { client: { honeypot } }),
  };
}

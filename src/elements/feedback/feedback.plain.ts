/**
 * `<mlops-feedback>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): a form that
 * posts to the element's endpoint, with the same question, scale, reasons and comment; without a
 * valid endpoint only a comment in the source says why there is none.
 */
import { comment, el } from '../../render/html.js';
import { attribute, textContent } from '../../render/parse.js';
import { ownAttributes } from '../../render/plain-helpers.js';
import { renderStrings } from '../../render/render.strings.js';
import type { ElementRenderer } from '../../render/renderer.js';
import { feedbackStrings } from './feedback.strings.js';

/** The endpoint if it is an http(s) URL (absolute, or relative to the page), as the element requires. */
function httpEndpoint(endpoint: string): boolean {
  try {
    return /^https?:$/.test(new URL(endpoint, 'https://page.invalid/').protocol);
  } catch {
    return false;
  }
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const endpoint = attribute(element, 'endpoint')?.trim();
  if (!endpoint) return job.replace(element, comment(renderStrings.noEndpoint));
  if (!httpEndpoint(endpoint)) {
    job.problem(element, renderStrings.badEndpoint(endpoint));
    return job.replace(element, comment(renderStrings.badEndpoint(endpoint)));
  }
  const strings = job.strings(element, 'feedback', feedbackStrings);
  const scale = attribute(element, 'scale') ?? '5';
  const thumbs = scale === 'thumbs';
  if (scale !== '5' && !thumbs) job.problem(element, `<mlops-feedback> scale="${scale}" is not "5" or "thumbs"; using 5.`, /th|mb/i.test(scale) ? 'thumbs' : '5');
  const maxlength = Number(attribute(element, 'maxlength') ?? 500);
  const slotted = element.childNodes.find((child) => attribute(child, 'slot') === 'question');
  const question = (slotted && textContent(slotted).trim()) || attribute(element, 'question') || job.profile.feedback.question;
  const option = (value: number, label: string) => el('label', {}, el('input', { type: 'radio', name: 'rating', value, required: true }), ' ', label);
  const options = thumbs
    ? [option(5, strings.thumbsUp), option(1, strings.thumbsDown)]
    : [1, 2, 3, 4, 5].map((value) => option(value, renderStrings.ratingPoint(value, value === 1 ? strings.notHelpful : value === 5 ? strings.veryHelpful : undefined)));
  // The two lists of reasons are one form field (`reasons`), so they belong to one group, the
  // question's fieldset (as the element shows one list at a time, there): each list is a labelled
  // group inside it. Checkboxes of one name in two fieldsets read as two unrelated questions.
  const reasons = (kind: string, heading: string, offered: typeof strings.positiveReasons) => {
    const id = job.claimId(`mlops-feedback-reasons-${kind}`);
    return el(
      'div',
      { role: 'group', ...(id ? { 'aria-labelledby': id } : { 'aria-label': heading }) },
      el('p', id ? { id } : {}, heading),
      offered.map((reason) => el('label', {}, el('input', { type: 'checkbox', name: 'reasons', value: reason.id }), ' ', reason.label)),
    );
  };
  const form = el(
    'form',
    { method: 'post', action: endpoint, ...ownAttributes(element) },
    // The payload's fields the reader does not choose; `id`, `page` and `submittedAt` are the receiver's to set.
    el('input', { type: 'hidden', name: 'profile', value: job.profile.id }),
    el('input', { type: 'hidden', name: 'scale', value: thumbs ? 'thumbs' : '5' }),
    el(
      'fieldset',
      {},
      el('legend', {}, question),
      options,
      reasons('positive', strings.reasonsPositive, strings.positiveReasons),
      reasons('negative', strings.reasonsNegative, strings.negativeReasons),
    ),
    el(
      'p',
      {},
      el(
        'label',
        {},
        strings.commentLabel,
        el('br'),
        el('textarea', { name: 'comment', rows: 3, maxlength: Number.isInteger(maxlength) && maxlength > 0 ? maxlength : 500 }),
      ),
    ),
    // The honeypot the receiver drops votes by (a filled `website`): `hidden` needs no stylesheet, which plain HTML may not get.
    el('p', { hidden: true }, el('label', {}, renderStrings.honeypotLabel, ' ', el('input', { type: 'text', name: 'website', autocomplete: 'off' }))),
    el('p', {}, strings.privacyHint),
    el('p', {}, el('button', { type: 'submit' }, strings.submit)),
  );
  job.replace(element, form);
};

/**
 * Every piece of text <mlops-feedback> shows or announces, in English. These are UI wording (labels,
 * hints, status lines, the optional reasons), not claims about the community: the only dataset text
 * the element shows is the profile's question.
 */

/** One optional reason a reader can tick; `id` is what the payload carries, `label` what they read. */
export interface FeedbackReason {
  readonly id: string;
  readonly label: string;
}

/** Reasons offered after a rating of 4 or 5 (thumbs up). */
const positiveReasons: readonly FeedbackReason[] = [
  { id: 'clear', label: 'Easy to understand' },
  { id: 'accurate', label: 'Accurate' },
  { id: 'answered', label: 'Answered my question' },
  { id: 'examples', label: 'Useful examples' },
];

/** Reasons offered after a rating of 1 to 3 (thumbs down). */
const negativeReasons: readonly FeedbackReason[] = [
  { id: 'unclear', label: 'Hard to understand' },
  { id: 'inaccurate', label: 'Incorrect or out of date' },
  { id: 'missing', label: 'Missing information' },
  { id: 'off-topic', label: "Didn't answer my question" },
];

export const feedbackStrings = {
  /** Reasons offered after a rating of 4 or 5 (thumbs up); translate the labels, keep the ids. */
  positiveReasons,
  /** Reasons offered after a rating of 1 to 3 (thumbs down). */
  negativeReasons,
  loading: 'Loading…',
  notHelpful: 'Not helpful',
  veryHelpful: 'Very helpful',
  thumbsUp: 'Helpful',
  thumbsDown: 'Not helpful',
  reasonsPositive: 'What did you like? (optional)',
  reasonsNegative: 'What could be better? (optional)',
  commentLabel: 'Anything else? (optional)',
  privacyHint: "Please don't include personal information.",
  counter: (used: number, limit: number): string => `${used} / ${limit} characters`,
  submit: 'Submit',
  sending: 'Sending…',
  thanks: 'Thanks for your feedback!',
  sent: 'Your answer was sent.',
  savedOffline: "Saved — we'll send it when you're back online.",
  savedRetry: "The server didn't answer. Saved — we'll try again shortly.",
  notSaved: 'This device could not store it: keep this page open until it is sent.',
  rejected: (status: number): string => `The server refused your answer (error ${status}); it was not sent.`,
  gaveUp: "The server couldn't be reached; your answer was not sent.",
  badEndpoint: 'It was not sent: the feedback address is invalid.',
  change: 'Change your answer',
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    feedback: typeof feedbackStrings;
  }
}

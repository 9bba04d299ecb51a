/**
 * Every word <mlops-feedback-results> shows or announces, in English. The reasons are the ones
 * <mlops-feedback> offers, by id, worded as there (feedback.strings.ts); they are repeated here so the
 * results element does not carry the feedback form's code.
 */
export const feedbackResultsStrings = {
  loading: 'Loading the results…',
  /** The headline: `share` is a whole percentage, `votes` the number of answers. */
  helpful: (share: number, votes: number): string => `${share} % of ${votes} ${votes === 1 ? 'reader' : 'readers'} found this helpful`,
  noVotes: 'No answers yet.',
  failed: (why: string): string => `The results could not be loaded (${why}).`,
  notJson: 'the answer was not a feedback summary',
  badSrc: (src: string): string => `<mlops-feedback-results> src="${src.length > 60 ? `${src.slice(0, 60)}…` : src}" is not an http(s) URL.`,
  noSrc: '<mlops-feedback-results> has no src: give it the receiver’s …/feedback/summary address.',
  distribution: 'Ratings',
  ratingName: (rating: number): string => (rating === 5 ? '5 (very helpful)' : rating === 1 ? '1 (not helpful)' : String(rating)),
  barLabel: (name: string, votes: number, share: number): string => `Rating ${name}: ${votes} ${votes === 1 ? 'vote' : 'votes'}, ${share} %`,
  showTable: 'Show table',
  hideTable: 'Hide table',
  tableCaption: 'Votes by rating',
  ratingHeader: 'Rating',
  votesHeader: 'Votes',
  /** The buttons under the chart (the table caption follows, visually hidden, in each one's name); their status lines are in `chartTools`. */
  tools: { csv: 'Download CSV', copy: 'Copy table', svg: 'Download SVG', png: 'Download PNG' },
  reasonsHeading: 'Top reasons',
  reasons: {
    clear: 'Easy to understand',
    accurate: 'Accurate',
    answered: 'Answered my question',
    examples: 'Useful examples',
    unclear: 'Hard to understand',
    inaccurate: 'Incorrect or out of date',
    missing: 'Missing information',
    'off-topic': "Didn't answer my question",
  },
  reasonVotes: (votes: number): string => `${votes} ${votes === 1 ? 'vote' : 'votes'}`,
};

declare module '../../internal/i18n.js' {
  interface StringTables {
    feedbackResults: typeof feedbackResultsStrings;
  }
}

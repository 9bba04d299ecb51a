/**
 * Every word <mlops-section> shows or reports, and the messages its siblings (<mlops-persona>,
 * <mlops-glossary>, <mlops-profile-page>) share, in one place so that a translation has one file
 * to replace.
 */

/** Long attribute values are cut in messages: a pasted paragraph must not become a giant notice. */
const MAX_SHOWN = 80;

/** The value as the author wrote it, in typographic quotes, cut to a readable length. */
export const quoted = (value: unknown) => {
  const text = String(value);
  return `“${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}”`;
};

/** Section titles; the summary's title is the profile's name. */
const sectionTitles = {
  'key-findings': 'Key findings',
  'sub-groups': 'Sub-groups',
  divides: 'Ideological & social divides',
  greeting: 'Greeting',
  'inside-jokes': 'Inside jokes',
  sayings: 'Facts & sayings',
  'unwritten-rules': 'Unwritten rules',
  'first-steps': 'First steps',
  'welcoming-practices': 'Welcoming practices',
  'beginner-mistakes': 'Beginner mistakes',
  'regional-differences': 'Regional differences',
  misconceptions: 'Misconceptions',
  clothing: 'Clothing & styles',
};

export const sectionStrings = {
  /** Section titles (a translation replaces the whole group). */
  titles: sectionTitles,
  summaryTitle: 'Summary',
  kindLabel: 'Kind',
  categoryLabel: 'Category',
  /** After a description the source cuts off ("…operational li..."). */
  truncated: 'The source cuts this description off; the General Q&A below gives it in full.',
  generalQA: 'General Q&A',
  conversation: 'Example conversation',
  speakers: { insider: 'Insider', outsider: 'Outsider' },
  culturalContext: 'Cultural context',
  timeToBasics: (time: string) => `Time to basics: ${time}`,
  step: (number: number) => `Step ${number}`,
  durationLabel: 'Duration',
  levelLabel: 'Level',
  summaryLabel: 'Summary:',
  detailsLabel: 'Details:',
  misconception: (number: number) => `Misconception #${number}`,
  reality: 'Reality:',
  segments: 'Segments',
  axes: 'Axes',
  /** The source draws the segments on two axes but gives no positions (see "Honest data"). */
  noPositions: 'The source places these segments on a chart with the two axes below but gives no positions for them, so none are shown here.',
  /** "Traditional to Futuristic": the arrow is visual only, screen readers hear "to". */
  to: ' to ',
  notInProfile: (title: string) => `${title}: not in this profile.`,
  missingSection: (keys: readonly string[]) => `No section chosen: set the section attribute to one of ${keys.join(', ')}.`,
  unknownSection: (value: unknown) => `No section called ${quoted(value)}.`,
  sectionList: (keys: readonly string[]) => `Sections: ${keys.join(', ')}.`,
  didYouMean: (suggestion: string) => `Did you mean ${quoted(suggestion)}?`,
  invalidHeadingLevel: (value: unknown, fallback: number) => `heading-level=${quoted(value)} is not a whole number from 1 to 6; using ${fallback}.`,
};

/** The section table as an element reads it, translated or not. */
export type SectionStrings = typeof sectionStrings;

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    section: SectionStrings;
  }
}

/** Every word <mlops-profile-page> shows itself, in one place so that a translation has one file to replace. */
export const profilePageStrings = {
  contents: 'Contents',
  summary: 'Summary',
  statistics: 'Statistics & demographics',
  technologies: 'Technologies',
  feedback: 'Feedback',
  about: 'About this data',
  dataVersion: (version: string) => `Data version ${version}.`,
  /** `date` is the dataset's ISO date (YYYY-MM-DD), shown as it is written. */
  transcribedFrom: (file: string, date: string) => `Transcribed from ${file} on ${date}.`,
  loading: 'Loading the profile…',
  gapsIntro: 'Where the source is silent or incomplete, this page says so instead of filling the gap:',
  noGaps: 'The dataset records no gaps in its source.',
  notInProfile: (titles: readonly string[]) => `Not in this profile, so not shown: ${titles.join(', ')}.`,
};

/** "Data version 1.0.0. Transcribed from … on …." for a dataset that says so; empty when it says neither. */
export function provenanceSentences(
  data: { readonly version?: string; readonly source?: { readonly file: string; readonly transcribed: string } },
  strings: Pick<typeof profilePageStrings, 'dataVersion' | 'transcribedFrom'>,
): string {
  return [data.version && strings.dataVersion(data.version), data.source && strings.transcribedFrom(data.source.file, data.source.transcribed)].filter(Boolean).join(' ');
}

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    profilePage: typeof profilePageStrings;
  }
}

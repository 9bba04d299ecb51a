/** Every word <mlops-profile-page> shows itself, in one place so that a translation has one file to replace. */
export const profilePageStrings = {
  contents: 'Contents',
  summary: 'Summary',
  statistics: 'Statistics & demographics',
  technologies: 'Technologies',
  feedback: 'Feedback',
  about: 'About this data',
  loading: 'Loading the profile…',
  gapsIntro: 'Where the source is silent or incomplete, this page says so instead of filling the gap:',
  noGaps: 'The dataset records no gaps in its source.',
  notInProfile: (titles: readonly string[]) => `Not in this profile, so not shown: ${titles.join(', ')}.`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    profilePage: typeof profilePageStrings;
  }
}

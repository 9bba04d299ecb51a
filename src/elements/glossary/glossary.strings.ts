/** Every word <mlops-glossary> shows, in one place so that a translation has one file to replace. */
export const glossaryStrings = {
  title: 'Terminology',
  outsidersSay: 'Outsiders say:',
  none: 'Terminology: not in this profile.',
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    glossary: typeof glossaryStrings;
  }
}

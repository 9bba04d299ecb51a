/** Every word <mlops-glossary> shows, in one place so that a translation has one file to replace. */
export const glossaryStrings = {
  title: 'Terminology',
  outsidersSay: 'Outsiders say:',
  none: 'Terminology: not in this profile.',
  index: 'Terms A–Z',
  filter: 'Filter the terms',
  shown: (count: number, total: number) => (count ? `${count} of ${total} terms shown.` : `No term matches; all ${total} are hidden.`),
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    glossary: typeof glossaryStrings;
  }
}

/** Every string <mlops-term> shows or logs, in English, kept in one place for translation. */
export const termStrings = {
  /** Introduces the everyday phrase in the bubble: "Outsiders say: Software Bugs in Machine Learning". */
  outsidersSay: 'Outsiders say:',
  /** Warning for a key that matches no term (the text stays as it is). */
  unknownTerm: (tag: string, key: string) => `<${tag}>: no term matches “${key}”.`,
  /** Warning for an `open-delay` or `close-delay` that is not a number of milliseconds (the default is used). */
  invalidDelay: (tag: string, attribute: string, value: string | null) => `<${tag}>: ${attribute}="${value}" is not a number of milliseconds; using the default.`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    term: typeof termStrings;
  }
}

/** Every sentence <mlops-auto-terms> reports, in English, kept in one place for translation. */
export const autoTermsStrings = {
  /** Warning for an `exclude` that is not a CSS selector list (the scan goes on without it). */
  invalidExclude: (tag: string, value: string) =>
    `<${tag}>: exclude="${value.length > 80 ? `${value.slice(0, 80)}…` : value}" is not a valid CSS selector list; it is ignored.`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    autoTerms: typeof autoTermsStrings;
  }
}

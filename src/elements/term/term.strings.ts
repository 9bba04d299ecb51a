/** Every string <mlops-term> shows or logs, in English, kept in one place for translation. */
export const termStrings = {
  /** Introduces the everyday phrase in the bubble: "Outsiders say: Software Bugs in Machine Learning". */
  outsidersSay: 'Outsiders say:',
  /** The bubble's link to the term's entry on the page's glossary (with `glossary-href`). */
  fullEntry: 'Full entry',
  /** The bubble's checkbox: ticked, no term opens when the mouse rests on it (focus and tap still open). */
  noHoverOpening: 'Don’t open on hover',
  /** Hint, once, when the browser keeps no preferences (blocked storage): the choice lasts until the page is left. */
  hoverChoiceUnsaved: (tag: string) => `<${tag}>: storage is blocked, so “Don’t open on hover” holds for this page only.`,
  /** Warning for a key that matches no term (the text stays as it is). */
  unknownTerm: (tag: string, key: string) => `<${tag}>: no term matches “${key}”.`,
  /** Warning for an `open-delay` or `close-delay` that is not a number of milliseconds (the default is used). */
  invalidDelay: (tag: string, attribute: string, value: string | null) => `<${tag}>: ${attribute}="${value}" is not a number of milliseconds; using the default.`,
  /** Warning for a `glossary-href` that is not an http(s) or relative URL (the bubble shows no link). */
  invalidGlossaryHref: (tag: string, value: string) => `<${tag}>: glossary-href="${value}" is not a relative or http(s) URL; no “Full entry” link.`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    term: typeof termStrings;
  }
}

/** Every sentence <mlops-profile> shows or reports, in one place so that a translation has one file to replace. */
export const profileStrings = {
  /** First words of the error box; the reason follows. */
  notLoaded: 'Profile not loaded.',
  /** `source` is the quoted URL, or `property` for a dataset set from script. The schema errors follow (in English). */
  invalidProfile: (source: string) => `The profile from ${source} does not match the schema.`,
  notFound: (src: string, status: number) => `The profile at “${src}” could not be loaded (HTTP ${status}).`,
  invalidJson: (src: string, reason: string) => `The profile at “${src}” is not valid JSON (${reason}).`,
  networkError: (src: string, reason: string) => `The profile at “${src}” could not be fetched (${reason}).`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    profile: typeof profileStrings;
  }
}

/**
 * Every word <mlops-platforms> shows or reports, in English. The not-itemised sentence says what the
 * platform chart's caption says (demographics.strings.ts), so the two agree on the page.
 */
export const platformsStrings = {
  title: 'Platforms',
  /** A no-break space keeps "25 %" on one line, as in the chart. */
  percent: (value: string) => `${value}\u00a0%`,
  shareLabel: 'Share of the community',
  categoryLabel: 'Category',
  settingLabel: 'Setting',
  settings: { online: 'online', offline: 'offline' } as Record<string, string>,
  /** The part of the distribution the source does not itemise, and why. */
  notItemised: (rest: string, pagesShown: number, pagesTotal: number) =>
    `The other ${rest} is not itemised in the source` + (pagesShown < pagesTotal ? `, which shows only page ${pagesShown} of ${pagesTotal} of the platform list.` : '.'),
  noData: 'Platforms: this profile has no data for them.',
  invalidData: 'Platforms: this profile’s platform list is not a list, so none are shown.',
};

declare module '../../internal/i18n.js' {
  interface StringTables {
    platforms: typeof platformsStrings;
  }
}

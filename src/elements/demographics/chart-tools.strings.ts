/**
 * The wording of the charts' take-away and sound tools (../../internal/chart-export.ts, ./chart-tools.ts,
 * ../feedback-results/results-tools.ts): status lines, the files' extra columns and the source line
 * drawn under an exported image. One table for every chart, so that a translation words the tools
 * once, and a table of its own, so that it loads with the tools, not with every chart; the buttons'
 * labels are in each element's table (`demographics.tools`, `feedbackResults.tools`).
 */
export const chartToolsStrings = {
  /** The CSV's and the copied table's share column: numbers in plain digits. */
  percentColumn: (shareHeader: string) => `${shareHeader} (%)`,
  /** The platform chart's extra column, which marks the share the source does not itemise. */
  itemisedColumn: 'Itemised in the source',
  yes: 'yes',
  no: 'no',
  /** Drawn under an exported chart. */
  source: (profileName: string) => `Source: ${profileName} community profile`,
  /** Drawn under an exported chart of <mlops-feedback-results>: `page` is the page the votes are filed under. */
  resultsSource: (page: string) => `Source: reader feedback on ${page}, counted by the feedback receiver`,
  copied: 'Table copied.',
  copyFailed: 'The table could not be copied: this browser did not allow access to the clipboard.',
  /** For the console: why, and what else gives the same data. */
  copyHint: (reason: string) => `(${reason}) The clipboard needs a secure context (https or localhost) and the reader's permission; toCSV() returns the table too.`,
  saved: (file: string) => `Saved as ${file}.`,
  pngFailed: 'The PNG could not be made in this browser.',
  noAudio: 'Playing the chart needs Web Audio, which this browser does not offer.',
  audioHint: (reason: string) => `(${reason}) The table and the readout give the same values.`,
  played: 'End of the chart.',
  notDrawn: 'The chart is not drawn yet: toSVG() and toPNG() need the element in the page.',
  /** <mlops-feedback-results> asked for a file before it has votes to show. */
  noResults: 'There are no results to take away yet: the summary is loading, could not be loaded, or has no votes.',
  unknownChart: (value: string, drawn: readonly string[]) => `“${String(value).slice(0, 40)}” is not a chart this element draws (${drawn.join(', ')}).`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    chartTools: typeof chartToolsStrings;
  }
}

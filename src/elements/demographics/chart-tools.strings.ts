/**
 * The wording of the chart's take-away and sound tools (./chart-tools.ts): status lines, the file's
 * extra columns and the source line drawn under an exported image. A table of its own, so that it
 * loads with the tools, not with every chart; the buttons' labels are in `demographics.tools`.
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
  unknownChart: (value: string, drawn: readonly string[]) => `“${String(value).slice(0, 40)}” is not a chart this element draws (${drawn.join(', ')}).`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    chartTools: typeof chartToolsStrings;
  }
}

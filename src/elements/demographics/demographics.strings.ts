/**
 * Every word <mlops-demographics> shows or announces, in one place so that a translation has one
 * file to replace. Numbers arrive already formatted (Intl.NumberFormat, the page's `lang`); the
 * sentences themselves are English, so lists are joined the English way.
 */

/** One bar as the captions see it: its label and its formatted value ("0.5 %"). */
export interface CaptionEntry {
  label: string;
  value: string;
  percent: number;
}

/** Long attribute values are cut in messages: a pasted paragraph must not become a giant notice. */
const MAX_SHOWN = 40;

const quoted = (value: string) => `“${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}”`;

/**
 * "a, b, and c": English lists, since the sentences around them are English. Joined by hand: a
 * page's first Intl formatter loads locale data, which a cold page's first chart would wait for.
 */
const list = (items: readonly string[]) => (items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`);

const byShare = (entries: readonly CaptionEntry[]) => [...entries].sort((a, b) => b.percent - a.percent);

export const demographicsStrings = {
  titles: { platforms: 'Platform distribution', gender: 'Gender', age: 'Age' },
  /** Header of the table's first column. */
  categoryHeaders: { platforms: 'Platform', gender: 'Gender', age: 'Age group' },
  shareHeader: 'Share of the community',
  tableCaption: (title: string, profileName: string) => `${title} in the ${profileName} community, in percent`,
  showTable: 'Show table',
  hideTable: 'Hide table',
  notItemised: 'Not itemised',
  /** The buttons under each chart (the chart's title follows, visually hidden, in each one's name). */
  tools: { csv: 'Download CSV', copy: 'Copy table', svg: 'Download SVG', png: 'Download PNG', play: 'Play', stop: 'Stop' },
  /** A no-break space keeps "0.5 %" on one line. */
  percent: (value: string) => `${value}\u00a0%`,
  /** The name of a bar and the text of the readout. */
  barLabel: (label: string, value: string) => `${label}: ${value}`,
  noData: (title: string) => `${title}: this profile has no data for this chart.`,
  invalidChart: (values: readonly string[]) =>
    `Unknown chart ${values.map(quoted).join(', ')}. The chart attribute takes platforms, gender or age (or several, separated by spaces).`,
  didYouMean: (suggestion: string) => ` Did you mean ${quoted(suggestion)}?`,
  invalidHeadingLevel: (value: unknown) => `heading-level=${quoted(String(value))} is not a whole number from 1 to 6; using 3.`,

  captions: {
    /** The itemised platforms, then what the source leaves out (see "Honest data" in ARCHITECTURE.md). */
    platforms: (itemised: readonly CaptionEntry[], rest: string | undefined, pagesShown: number, pagesTotal: number) =>
      `Platform distribution: ${list(itemised.map((entry) => `${entry.label} ${entry.value}`))}` +
      (rest
        ? `; the other ${rest} is not itemised in the source` +
          (pagesShown < pagesTotal ? `, which shows only page ${pagesShown} of ${pagesTotal} of the platform list.` : '.')
        : '.'),

    gender: (entries: readonly CaptionEntry[]) => `Gender: ${list(byShare(entries).map((entry) => `${entry.value} ${entry.label.toLowerCase()}`))}.`,

    /** The largest group, the next two, and the smallest (several when they tie). */
    age: (entries: readonly CaptionEntry[]) => {
      const [largest, ...others] = byShare(entries);
      const smallestShare = others.at(-1)?.percent;
      const smallest = others.filter((entry) => entry.percent === smallestShare);
      const following = others.slice(0, 2).filter((entry) => !smallest.includes(entry));
      const named = (entry: CaptionEntry) => `${entry.label} (${entry.value})`;
      return (
        `Age: the largest group is ${named(largest)}` +
        (following.length ? `, followed by ${list(following.map(named))}` : '') +
        (smallest.length > 1
          ? `; the smallest are ${list(smallest.map((entry) => entry.label))} (${smallest[0].value} each).`
          : smallest.length
            ? `; the smallest is ${named(smallest[0])}.`
            : '.')
      );
    },
  },
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    demographics: typeof demographicsStrings;
  }
}

/**
 * Every sentence <mlops-tool-card> and <mlops-tool-grid> show or report, in one place so that wording
 * stays consistent between the two and a translation has one file to replace.
 */

/** Long attribute values are cut in messages: a pasted paragraph must not become a giant card. */
const MAX_SHOWN = 80;

/** The value as the author wrote it, in typographic quotes, cut to a readable length. */
export function quoted(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `“${shown}”`;
}

export const toolCardStrings = {
  tagsLabel: 'Tags',
  categoryPrefix: 'Category: ',
  missingTool: 'No tool chosen: set the tool attribute to a tool id or name, for example tool="mlflow".',
  unknownTool: (key: string) => `No tool called ${quoted(key)} in this profile.`,
  didYouMean: (suggestion: string) => `Did you mean ${suggestion}?`,
  availableTools: (names: readonly string[]) => `Tools in this profile: ${names.join(', ')}.`,
  invalidHeadingLevel: (value: unknown) => `heading-level=${quoted(String(value))} is not a whole number from 1 to 6; using 3.`,
  invalidVariant: (value: unknown) => `variant=${quoted(String(value))} is not "full" or "compact"; using "full".`,
};

export const toolGridStrings = {
  /** The visible count, also the polite announcement when the filter changes. */
  count: (count: number) => (count === 1 ? '1 tool' : `${count} tools`),
  listLabel: (tags: readonly string[]) => (tags.length ? `Tools tagged ${tags.join(' or ')}` : 'Tools'),
  noTools: 'This profile lists no tools.',
  noMatch: (tags: readonly string[]) => `No tools tagged ${tags.map(quoted).join(' or ')} in this profile.`,
  unknownTags: (tags: readonly string[]) => `No tool is tagged ${tags.map(quoted).join(' or ')}; the grid shows the tools with the other tags.`,
  availableTags: (tags: readonly string[]) => `Tags in this profile: ${tags.join(', ')}.`,
  /** The seed shows only the first pages of the profile's tool carousel (see "Honest data"). */
  partialCatalogue: (shown: number, total: number) =>
    `These tools come from page ${shown === 1 ? '1' : `1–${shown}`} of ${total} of the profile's tool list; the other pages are not in the dataset.`,
};

// The tables join the library's StringTables, so that registerStrings() checks translations of them.
declare module '../../internal/i18n.js' {
  interface StringTables {
    toolCard: typeof toolCardStrings;
    toolGrid: typeof toolGridStrings;
  }
}

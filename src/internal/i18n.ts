/**
 * Translations of the elements' own wording. Each element keeps its English strings in its
 * `*.strings.ts` table; a page registers other languages with `registerStrings()`, and every element
 * picks the table of its language: the `lang` of the element or its nearest ancestor (across shadow
 * roots), else the document's. `de-CH` falls back to `de`, then to the bundled English, string by string.
 *
 * The registry lives on `globalThis` under a registered symbol, so a translation reaches the elements
 * of every copy of the library on the page (a CDN file and an npm bundle, say).
 */
// Types only: the modules whose tables join StringTables (generated from the registry), so that whatever
// sees registerStrings sees every table. The bundles get nothing from it.
export type {} from './string-tables.js';

/**
 * The string tables by name, each the English table of an element family (its `*.strings.ts`), so
 * that `registerStrings` checks keys and function signatures. Empty here: each `*.strings.ts` adds
 * its own tables by declaration merging (`declare module '../../internal/i18n.js'`), so this module
 * names no element.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging.
export interface StringTables {}

/**
 * What `registerStrings` takes: some tables, each with some of its strings. A group of strings
 * (a table's `titles`, say) is replaced as a whole, so translate all of it.
 */
export type Translation = { [K in keyof StringTables]?: Partial<StringTables[K]> };

/** Something that redraws when the wording may have changed: a translation arrived or a `lang` changed. */
export interface Localized extends Element {
  requestUpdate(): void;
}

interface Registry {
  /** Lower-case language tag → the translations registered for it, merged. */
  languages: Map<string, Record<string, Record<string, unknown>>>;
  /** Connected elements that show translated wording. */
  elements: Set<Localized>;
  /** Watches every `lang` attribute in the document, created with the first element. */
  observer?: MutationObserver;
}

const registry: Registry = ((globalThis as Record<symbol, Registry | undefined>)[Symbol.for('mlops-elements.strings')] ??= {
  languages: new Map(),
  elements: new Set(),
});

/**
 * Adds wording for a language (`de`, `pt-BR`; any case). Call it again to add or change strings;
 * elements already on the page redraw.
 *
 * ```js
 * registerStrings('de', { feedback: { submit: 'Absenden', thanks: 'Danke!' } });
 * ```
 */
export function registerStrings(lang: string, translation: Translation): void {
  const key = lang.toLowerCase();
  const tables = registry.languages.get(key) ?? {};
  for (const [name, strings] of Object.entries(translation)) tables[name] = { ...tables[name], ...strings };
  registry.languages.set(key, tables);
  updateAll();
}

/**
 * Runs `render` with `translations` (by language) laid over the registered ones, and takes them away
 * again after it, telling no element: the static renderer's translations for one page, which it
 * renders synchronously. Nothing registered before is changed.
 */
export function withStrings<T>(translations: Readonly<Record<string, Translation>>, render: () => T): T {
  const registered = registry.languages;
  // Each language's tables copied: adding to a copy must not add to the registered tables. (Elements
  // told of the change by registerStrings: none, on a server.)
  registry.languages = new Map([...registered].map(([lang, tables]) => [lang, { ...tables }]));
  try {
    for (const [lang, translation] of Object.entries(translations)) registerStrings(lang, translation);
    return render();
  } finally {
    registry.languages = registered;
  }
}

/** The `lang` that applies to `element`: its own or its nearest ancestor's, looking out of shadow roots. */
export function languageOf(element: Element): string {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    // Server rendering's DOM shim has no closest(): there the wording stays English rather than throwing.
    const owner = node.closest?.('[lang]');
    if (owner) return owner.getAttribute('lang')!;
  }
  return '';
}

/** `english` with the strings registered for the element's language (and its base language) laid over it. */
export function localize<K extends keyof StringTables>(element: Element, table: K, english: StringTables[K]): StringTables[K] {
  return registry.languages.size ? stringsFor(languageOf(element), table, english) : english;
}

/** `english` with the strings registered for `lang` (and its base language) laid over it; the static renderer's way in. */
export function stringsFor<K extends keyof StringTables>(lang: string, table: K, english: StringTables[K]): StringTables[K] {
  const key = lang.toLowerCase();
  const tables = registry.languages;
  return { ...english, ...tables.get(key.split('-')[0])?.[table], ...tables.get(key)?.[table] };
}

/**
 * Keeps an element's wording current (`follow`), or no longer: call with true while it is connected
 * and shows wording, with false once it does not (always on disconnect, so a removed element is not kept alive).
 */
export function followLanguage(element: Localized, follow: boolean): void {
  // One observer for every element (observing again changes nothing).
  if (follow) (registry.observer ??= new MutationObserver(updateAll)).observe(document, { attributeFilter: ['lang'], subtree: true });
  registry.elements[follow ? 'add' : 'delete'](element);
}

function updateAll(): void {
  for (const element of registry.elements) element.requestUpdate();
}

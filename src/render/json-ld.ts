/**
 * The page's structured data: one `<script type="application/ld+json">` with the terms it uses and
 * the tools it shows, from the dataset's own fields only (no URL, rating or price is invented).
 */
import type { Profile, Term, Tool } from '../data/types.js';
import { Markup } from './html.js';

/** Marks the script as the renderer's, so that rendering a page again replaces it instead of adding a second one. */
export const JSON_LD_MARKER = 'data-mlops-elements';

interface DefinedTerm {
  '@type': 'DefinedTerm';
  name: string;
  description: string;
  alternateName: string;
}

interface DefinedTermSet {
  '@type': 'DefinedTermSet';
  name: string;
  hasDefinedTerm: DefinedTerm[];
}

interface SoftwareApplication {
  '@type': 'SoftwareApplication';
  name: string;
  description: string;
  keywords: string;
  applicationCategory: string;
}

/** What the script holds (the schema.org types, written out: `schema-dts` is not a dependency). */
export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': Array<DefinedTermSet | SoftwareApplication>;
}

export function jsonLdGraph(profile: Profile, terms: readonly Term[], tools: readonly Tool[]): JsonLdGraph | undefined {
  const graph: JsonLdGraph['@graph'] = [];
  if (terms.length) {
    graph.push({
      '@type': 'DefinedTermSet',
      name: profile.name,
      hasDefinedTerm: terms.map((term) => ({ '@type': 'DefinedTerm', name: term.insider, description: term.explanation, alternateName: term.outsider })),
    });
  }
  for (const tool of tools) {
    graph.push({ '@type': 'SoftwareApplication', name: tool.name, description: tool.description, keywords: tool.tags.join(', '), applicationCategory: tool.category });
  }
  return graph.length ? { '@context': 'https://schema.org', '@graph': graph } : undefined;
}

/**
 * The script element. `<`, `>` and `&` are written as JSON escapes, so no string in the data can
 * end the script or open a comment in it; U+2028/U+2029 too, for tools that read it as JavaScript.
 */
export function jsonLdScript(graph: JsonLdGraph): Markup {
  const json = JSON.stringify(graph).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new Markup(`<script type="application/ld+json" ${JSON_LD_MARKER}>${json}</script>`);
}

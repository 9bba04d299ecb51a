/**
 * The link to a term's entry on a glossary page: `<mlops-glossary>` (and its plain HTML) gives each
 * entry the term's id as its `id`, so `/glossary/` and `model-drift` make `/glossary/#model-drift`.
 * One home for the build plugins' links and the terms' "Full entry" links, which must land alike.
 */
export function glossaryLink(glossaryHref: string, id: string): string {
  return `${glossaryHref.replace(/#.*$/, '')}#${encodeURIComponent(id)}`;
}

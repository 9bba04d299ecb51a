/**
 * The link to a term's entry on a glossary page: `<mlops-glossary>` (and its plain HTML) gives each
 * entry the term's id as its `id`, so `/glossary/` and `model-drift` make `/glossary/#model-drift`.
 * One home for the build plugins' links and the terms' "Full entry" links, which must land alike.
 */
export function glossaryLink(glossaryHref: string, id: string): string {
  return `${glossaryHref.replace(/#.*$/, '')}#${encodeURIComponent(id)}`;
}

/**
 * Whether a glossary link may be written: relative, http(s), or file: (a site opened from disk);
 * never javascript:, data: or anything a browser cannot parse as a URL.
 */
export function isLinkableGlossaryHref(href: string, base: string): boolean {
  try {
    return /^(https?|file):$/.test(new URL(href, base).protocol);
  } catch {
    return false;
  }
}

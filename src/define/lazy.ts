/**
 * The profile-page family (<mlops-profile-page>, <mlops-section>, <mlops-persona>, <mlops-glossary>)
 * carries the whole dataset, so dist/cdn/mlops-elements.js registers it on demand: the first time
 * such a tag appears in the document, its module is imported. Pages that never use it never
 * download it.
 */
const lazyModules: Record<string, () => Promise<unknown>> = {
  'mlops-profile-page': () => import('./mlops-profile-page.js'),
  'mlops-section': () => import('./mlops-section.js'),
  'mlops-persona': () => import('./mlops-persona.js'),
  'mlops-glossary': () => import('./mlops-glossary.js'),
};
const selector = Object.keys(lazyModules).join(',');
const requested = new Set<string>();

function loadUsedTags(root: ParentNode): void {
  for (const element of root.querySelectorAll(selector)) {
    const tag = element.localName;
    if (requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    lazyModules[tag]().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`mlops-elements: could not load <${tag}> (${String(error)}).`);
    });
  }
}

if (typeof document !== 'undefined') {
  loadUsedTags(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) {
      if (node.matches(selector)) loadUsedTags(node.parentNode ?? document);
      else loadUsedTags(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

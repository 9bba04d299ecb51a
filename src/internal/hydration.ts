/**
 * How the define modules (src/define/, generated) register their element on a page that may hold
 * prerendered elements: markup from mlops-elements/render's dsd mode (or any @lit-labs/ssr render),
 * whose declarative shadow roots the HTML parser attached before any script ran. Lit takes such an
 * element over as it is (hydrates it) only with its hydration support installed before the element is
 * defined; without it, it renders the element again, and the page jumps. The support is about 2 KB
 * that pages without prerendered elements never need, so it is a chunk of its own (./hydrate-support.ts)
 * that a Lit element's registration loads only when the page has one (./define-lit-element.ts), and
 * every registration after that waits for it: the registry's order holds (the provider before its
 * descendants, what an element renders before the element).
 */

/** The load of the hydration support, once a Lit element's registration found prerendered elements. */
export const hydration: { loading?: Promise<unknown> } = {};

/** Defines `element` now, or once the hydration support is in if it is loading. */
export function definePlainElement(element: { define(): void }): void {
  if (hydration.loading) void hydration.loading.then(() => element.define());
  else element.define();
}

import type { LitElement } from 'lit';

/** Whether a Lit element shows something already: it has rendered, or its prerendered content (not only styles) is there. */
export function showsContent(element: LitElement): boolean {
  return element.hasUpdated || [...element.renderRoot.children].some((child) => child.localName !== 'style');
}

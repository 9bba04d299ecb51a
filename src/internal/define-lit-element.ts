/**
 * The registration of a Lit element (./hydration.ts says why it may wait). A module of its own, which
 * only the Lit elements' define modules import: the bundler then knows that Lit is loaded wherever the
 * hydration support is imported, and keeps Lit and the elements' base in one shared chunk.
 */
import { isServer } from 'lit';
import { definePlainElement, hydration } from './hydration.js';

/**
 * Defines a Lit `element`: at once, or, when the page holds prerendered elements, after loading Lit's
 * hydration support. Prerendered is an element that has a shadow root but no definition yet (the
 * parser attached a declarative one): on such a page the unknown elements (`:not(:defined)`) include
 * ours, the nested ones in their hosts' shadow roots with them. Any library's count, not only ours: a
 * page whose scripts have defined nothing yet cannot tell them apart by more than a tag prefix, which
 * would cost every page the bytes of checking it. Not on a server, where the elements render instead.
 */
export function defineLitElement(element: { define(): void }): void {
  hydration.loading ??=
    !isServer && [...document.querySelectorAll(':not(:defined)')].some((node) => node.shadowRoot)
      ? // Should it fail to load, the elements are defined all the same (and render again).
        import('./hydrate-support.js').catch(console.warn)
      : undefined;
  definePlainElement(element);
}

/**
 * What the npm build's define modules load, in place of ./hydrate-support.ts, when the page holds prerendered
 * elements (build/hydration-opt-in.ts swaps the two). There @lit-labs/ssr-client is an optional peer
 * dependency, so no module an app bundles may import it unasked: the app that prerenders imports
 * `mlops-elements/hydrate-support` itself, before the elements. If it did not, its prerendered elements
 * still work (Lit renders them again, in the roots the parser attached), and this says how to hydrate them.
 */
import { LitElement } from 'lit';
import { hydrationInstalled } from './hydration-installed.js';

if (!hydrationInstalled(LitElement)) {
  console.warn(
    'mlops-elements: this page has prerendered elements, but Lit’s hydration support is not installed, so they render again. ' +
      'To hydrate them, `npm install @lit-labs/ssr-client` and `import "mlops-elements/hydrate-support"` before the elements.',
  );
}

/**
 * Lit's hydration support, installed on demand: ./define-lit-element.ts imports this module (a chunk of its own)
 * when the page has prerendered elements, before it defines them. In the npm build, where @lit-labs/ssr-client
 * is an optional peer dependency, the app imports it instead (`mlops-elements/hydrate-support`, before the
 * elements) and the define modules load ./hydrate-support-hint.ts in its place (build/hydration-opt-in.ts).
 *
 * @lit-labs/ssr-client's module only sets `globalThis.litElementHydrateSupport`, which LitElement calls
 * once, when Lit is first evaluated: long before this runs. So it is called here. It patches LitElement's
 * static `observedAttributes` (adding `defer-hydration`) and its prototype (`connectedCallback`,
 * `attributeChangedCallback`, `createRenderRoot`, `update`), which every element class inherits: read
 * when a class is defined and when an instance runs them, so patching before the definitions is enough.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { hydrationInstalled } from './hydration-installed.js';

const install = (globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport;
// A page that loaded the support before Lit had LitElement patch itself: patched twice, every update would render twice.
if (!hydrationInstalled(LitElement)) install?.({ LitElement });

/**
 * Whether Lit's hydration support has patched `LitElement` already: the patch gives the class an
 * `observedAttributes` of its own (it adds `defer-hydration`). A module of its own, so that both the
 * support (./hydrate-support.ts) and what the npm build loads in its place (./hydrate-support-hint.ts) read it.
 */
export const hydrationInstalled = (litElement: object): boolean => Object.getOwnPropertyDescriptor(litElement, 'observedAttributes') !== undefined;

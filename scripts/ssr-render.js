// Server-side rendering of mlops elements with @lit-labs/ssr, against the npm build (dist/, Lit external).
//
//   import { renderToString } from './scripts/ssr-render.js';
//   const page = await renderToString('<mlops-tool-card tool="mlflow"></mlops-tool-card>');
//
// Lit elements come out as declarative shadow DOM (`<template shadowrootmode="open">…`), readable
// before any script runs; the browser hydrates them when it loads
// `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements (see docs/static-html.md, "Server-side
// rendering"). An element that is not built on Lit (such as <mlops-term>) is written out with its
// attributes and light-DOM text, which is its no-JavaScript fallback; it upgrades in the browser.
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/** Registers every element (the npm build's define modules) in the registry @lit-labs/ssr gives Node, once. */
let defined;
export function defineElements() {
  // all.js loads the profile-page family on demand in a browser only; on the server, register it here.
  defined ??= Promise.all([import('../dist/define/all.js'), import('../dist/define/mlops-profile-page.js').then((page) => page.renderedOnDemand)]);
  return defined;
}

/**
 * A template of static HTML (no bindings): what a static site generator has after Markdown. Lit's
 * renderer walks it like any `html` template and renders the custom elements in it.
 */
export function staticTemplate(markup) {
  return html(Object.assign([markup], { raw: [markup] }));
}

/**
 * The stack of shadow hosts being rendered. @lit-labs/ssr 4.1 pushes every custom element on it but
 * pops only those that rendered a shadow root, so after a light-DOM-only element (<mlops-term>) every
 * later top-level element would get `defer-hydration` and never hydrate. Only Lit hosts go on it here.
 */
class ShadowHostStack extends Array {
  push(...instances) {
    return super.push(...instances.filter((instance) => instance instanceof LitElementRenderer));
  }
}

/**
 * Renders HTML (a string, or a Lit `html` template result) to a string with every mlops element
 * server-rendered. The `<!--lit-part-->` comments it contains are what hydration needs: keep them.
 */
export async function renderToString(htmlTemplate) {
  await defineElements();
  const template = typeof htmlTemplate === 'string' ? staticTemplate(htmlTemplate) : htmlTemplate;
  return collectResult(render(template, { customElementHostStack: new ShadowHostStack() }));
}

/**
 * dsd mode: the Lit elements server-rendered with @lit-labs/ssr as declarative shadow DOM, so they
 * show before any script runs and hydrate in place when it loads. Loaded only in dsd mode: plain
 * mode needs neither the renderer nor the element classes.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, LitElement, type TemplateResult } from 'lit';

let defined: Promise<unknown> | undefined;

/**
 * Registers every element in the registry @lit-labs/ssr gives Node, once. The browser's
 * `define/all` loads the profile-page family when its tags appear; on the server it is registered here,
 * with what the profile page loads on demand (the platform cards, which a page may also use alone).
 */
export function defineElements(): Promise<unknown> {
  return (defined ??= Promise.all([import('../define/all.js'), import('../define/mlops-profile-page.js').then((page) => page.renderedOnDemand)]));
}

/**
 * A template of static HTML, no bindings: what a static-site generator has after Markdown. Lit's
 * renderer walks it as any `html` template and renders the custom elements in it.
 */
function staticTemplate(markup: string): TemplateResult {
  return html(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray);
}

/**
 * The stack of shadow hosts being rendered. @lit-labs/ssr 4.1 pushes every custom element on it but
 * pops only those that rendered a shadow root, so after a light-DOM-only element (<mlops-term>) every
 * later element would get `defer-hydration` and never hydrate. Only Lit hosts go on it here.
 */
class ShadowHostStack extends Array<unknown> {
  override push(...instances: unknown[]): number {
    return super.push(...instances.filter((instance) => instance instanceof LitElementRenderer));
  }
}

/**
 * Runs `render` while the Lit elements can ask the page two things Lit's DOM shim cannot answer: their
 * language, which they look up with `closest('[lang]')` (src/internal/i18n.ts), and whether they are
 * in a page at all (`isConnected`: the chart writes numbers in the page's language only then). They
 * get the answers the browser will give: a page's element, the `lang` that applies where it stands
 * (its own or its nearest ancestor's, as the renderer found it, or the `lang` option); an element in a
 * host's shadow root, its own `lang` or none, so that the lookup goes on at the host, as in the browser.
 * Without a language the shim's answers stay (English wording, plain digits).
 */
function inPage<T>(lang: string, render: () => T): T {
  if (!lang) return render();
  const prototype = LitElement.prototype;
  const saved = (['closest', 'isConnected'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const);
  const page = { getAttribute: () => lang };
  Object.defineProperties(prototype, {
    closest: {
      configurable: true,
      value(this: HTMLElement, selector: string) {
        if (selector !== '[lang]') return null;
        // The page's element: `lang` already is its own or its nearest one's (or the renderer's `lang` option).
        if (!(this.getRootNode() as Partial<ShadowRoot>).host) return page;
        return this.hasAttribute('lang') ? this : null;
      },
    },
    isConnected: { configurable: true, get: () => true },
  });
  try {
    return render();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(prototype, name, descriptor);
      else delete (prototype as unknown as Record<string, unknown>)[name];
    }
  }
}

/**
 * One element's source (as the author wrote it) server-rendered, in the language `lang` that applies
 * where it stands in the page (empty: unknown). The elements' own warnings go to the renderer's
 * problems instead of the console, so the console is quiet while it renders.
 */
export function renderElementSource(source: string, lang = ''): string {
  const warn = console.warn;
  console.warn = () => {};
  try {
    const options: Partial<RenderInfo> = { customElementHostStack: new ShadowHostStack() as unknown as RenderInfo['customElementHostStack'] };
    // lit-html ends a template that ends in an expression with `<?>`, which an HTML parser reads as
    // the comment `<!--?-->` but only after a parse error (validators stop there). The comment
    // itself gives the same DOM, so hydration sees no difference.
    return inPage(lang, () => collectResultSync(render(staticTemplate(source), options))).replaceAll('<?>', '<!--?-->');
  } finally {
    console.warn = warn;
  }
}

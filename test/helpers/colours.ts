/** Pages in other colours than the default light one: dark, and forced colours as far as a test can switch them on. */
import { shadowRootsIn } from './dom.js';

/** Dark colours on `el`: `color-scheme: dark` switches the elements' light-dark() tokens; background and text match. */
export function darken<T extends HTMLElement>(el: T): T {
  el.style.colorScheme = 'dark';
  el.style.background = '#0d1117';
  el.style.color = '#e6edf3';
  return el;
}

/** A dark page to render into (as a fixture's parentNode). */
export function darkPage(): HTMLDivElement {
  const page = darken(document.createElement('div'));
  page.style.padding = '16px';
  return page;
}

function forcedColourRules(sheet: CSSStyleSheet): string[] {
  const rules: string[] = [];
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText)) rules.push(...[...rule.cssRules].map((inner) => inner.cssText));
  }
  return rules;
}

const emulated = new WeakSet<ShadowRoot>();

/**
 * Applies the `@media (forced-colors: active)` rules of every shadow root at or below `root`
 * unconditionally (as one more adopted style sheet), as if the mode were on: headless engines cannot
 * all emulate the mode. That checks what the elements do in it, though not the browser's own overrides.
 */
export function applyForcedColourRules(root: Element): void {
  for (const tree of shadowRootsIn(root)) {
    if (emulated.has(tree)) continue;
    const sheets = [...tree.adoptedStyleSheets, ...[...tree.querySelectorAll('style')].map((style) => style.sheet!).filter(Boolean)];
    const rules = sheets.flatMap(forcedColourRules);
    if (!rules.length) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
    emulated.add(tree);
  }
}

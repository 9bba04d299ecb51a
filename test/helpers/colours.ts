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

/** The rules inside the `@media` rules of `sheet` whose condition matches `condition`. */
function rulesUnder(sheet: CSSStyleSheet, condition: RegExp): string[] {
  const rules: string[] = [];
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSMediaRule && condition.test(rule.conditionText)) rules.push(...[...rule.cssRules].map((inner) => inner.cssText));
  }
  return rules;
}

const emulated = new Map<string, WeakSet<ShadowRoot>>();

/**
 * Applies the `@media` rules whose condition matches `condition` of every shadow root at or below
 * `root` unconditionally (as one more adopted style sheet), as if the media feature matched: where
 * the test driver cannot emulate it. That checks what the elements do then, not what the browser
 * itself would change. Returns how many rules it applied.
 */
export function applyMediaRules(root: Element, condition: RegExp): number {
  const done = emulated.get(condition.source) ?? new WeakSet<ShadowRoot>();
  emulated.set(condition.source, done);
  let applied = 0;
  for (const tree of shadowRootsIn(root)) {
    if (done.has(tree)) continue;
    const sheets = [...tree.adoptedStyleSheets, ...[...tree.querySelectorAll('style')].map((style) => style.sheet!).filter(Boolean)];
    const rules = sheets.flatMap((sheet) => rulesUnder(sheet, condition));
    if (!rules.length) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
    done.add(tree);
    applied += rules.length;
  }
  return applied;
}

/**
 * The `@media (forced-colors: active)` rules, applied as if the mode were on: headless engines cannot
 * all emulate the mode (see applyMediaRules).
 */
export function applyForcedColourRules(root: Element): void {
  applyMediaRules(root, /forced-colors:\s*active/);
}

/**
 * Print media for a test. Chromium emulates it (`emulateMedia`), which is what a print applies: the
 * `@media print` rules, and print media starting to match, which makes the terms' notes. Firefox (over
 * WebDriver BiDi, without CDP) and WebKitGTK (classic WebDriver) cannot emulate it from the test
 * runner: there `beforeprint` is sent, as a print sends it, and the elements' own `@media print`
 * rules are laid over them as screen rules, so that the same rules are checked in those engines too.
 */
import { aTimeout } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { shadowRootsIn } from './dom.js';
import { isChromium } from './engine.js';

type StyledRoot = Document | ShadowRoot;

/** The screen copies of the print rules, by root, to take away again. */
const copies = new Map<StyledRoot, CSSStyleSheet>();
let printing = false;

/** The rules inside `@media print` of every sheet adopted by `root`, as one sheet without the condition. */
function printRulesOf(root: StyledRoot): CSSStyleSheet | undefined {
  const texts: string[] = [];
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') texts.push(...[...rule.cssRules].map((inner) => inner.cssText));
    }
  }
  if (!texts.length) return undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(texts.join('\n'));
  return sheet;
}

/** The terms' notes module has loaded and watches printing (the first term connected started loading it). */
export async function printNotesReady(): Promise<void> {
  await import('../../src/elements/term/print-notes.js');
  await aTimeout(0);
}

/** Emulates `media` in Chromium, and waits until the page has been told (the media query's listeners run when the page next renders). */
async function emulate(media: 'print' | 'screen'): Promise<void> {
  const query = matchMedia('print');
  if (query.matches === (media === 'print')) return;
  const told = new Promise((resolve) => query.addEventListener('change', resolve, { once: true }));
  await emulateMedia({ media });
  await Promise.race([told, aTimeout(2000)]);
}

/** The page starts printing. */
export async function startPrinting(): Promise<void> {
  await printNotesReady();
  if (isChromium) return emulate('print');
  printing = true;
  dispatchEvent(new Event('beforeprint'));
  for (const root of [document, ...shadowRootsIn(document)]) {
    const sheet = printRulesOf(root);
    if (!sheet) continue;
    copies.set(root, sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** The page has printed (nothing happens when it was not printing). */
export async function stopPrinting(): Promise<void> {
  if (isChromium) return emulate('screen');
  if (!printing) return;
  printing = false;
  for (const [root, sheet] of copies) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((each) => each !== sheet);
  copies.clear();
  dispatchEvent(new Event('afterprint'));
}

/** Whether print rules apply as a real print applies them (only then do `@media not print` rules stop applying). */
export const emulatesPrint = isChromium;

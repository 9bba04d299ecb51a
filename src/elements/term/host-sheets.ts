/**
 * The rules that draw a term as its own trigger (before it has a shadow root): one constructed
 * stylesheet per document and tag name, added to each document or shadow root that holds such terms
 * and taken out again with its last term.
 */
import type { TermRoot } from './root-events.js';
import { hostTriggerRules } from './term.styles.js';

/** Per document (a sheet serves only the one it was made in) and tag name (`define()` may rename the element). */
const hostSheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();
/** The sheets added to each document or shadow root. */
const sheetsAddedTo = new WeakMap<TermRoot, Set<CSSStyleSheet>>();

function hostSheet(root: TermRoot, tag: string): CSSStyleSheet | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  // A document without a window (DOMParser's, a template's) shows nothing anyway.
  const view = doc.defaultView;
  if (!view) return undefined;
  let byTag = hostSheets.get(doc);
  if (!byTag) hostSheets.set(doc, (byTag = new Map()));
  let sheet = byTag.get(tag);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(hostTriggerRules(tag));
    byTag.set(tag, sheet);
  }
  return sheet;
}

/** Adds the element-as-trigger rules for `tag` to the document or shadow root, once. */
export function shareHostSheet(root: TermRoot, tag: string): void {
  let added = sheetsAddedTo.get(root);
  const sheet = hostSheet(root, tag);
  if (!sheet || added?.has(sheet)) return;
  if (!added) sheetsAddedTo.set(root, (added = new Set()));
  added.add(sheet);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Takes the rules out of a document or shadow root that holds no term any more, leaving the page's own sheets. */
export function removeHostSheets(root: TermRoot): void {
  const added = sheetsAddedTo.get(root);
  if (!added) return;
  sheetsAddedTo.delete(root);
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => !added.has(sheet));
}

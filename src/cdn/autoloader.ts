/**
 * dist/cdn/autoloader.js: one script tag for every element. It watches the document and imports each
 * `mlops-*` element's CDN file (`<tag>.js`, beside this file) the first time its tag appears, so a page
 * downloads only the elements it uses, including ones added later. Shadow roots are closed to it: a
 * component that puts `mlops-*` tags in its own shadow root hands the root to `observe()`.
 *
 * ```html
 * <script type="module" src="https://your-cdn.example/mlops-elements/dist/cdn/autoloader.js"></script>
 * ```
 *
 * It imports nothing statically, so it stays one small file.
 */
import { cdnTags } from './autoloader-tags.js';

/** The provider answers its descendants' context requests only when it is defined before they upgrade. */
const providerTag = 'mlops-profile';
const selector = cdnTags.join(',');
const requested = new Set<string>();
// Read once, apart from `new URL()`: Vite rewrites `new URL(`…${x}`, import.meta.url)` into a lookup of files it bundled.
const here = import.meta.url;
let providerLoaded: Promise<unknown> | undefined;

function load(tag: string): Promise<unknown> {
  requested.add(tag);
  return import(/* @vite-ignore */ new URL(`./${tag}.js`, here).href).catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`mlops-elements autoloader: could not load <${tag}> (${String(error)}).`);
  });
}

/** Imports the entry of every tag at or below `root` that is neither defined nor requested yet. */
function loadUsedTags(root: ParentNode): void {
  const found = new Set<string>();
  if (root instanceof Element && root.matches(selector)) found.add(root.localName);
  for (const element of root.querySelectorAll(selector)) found.add(element.localName);
  for (const tag of found) {
    if (requested.has(tag) || customElements.get(tag)) found.delete(tag);
  }
  if (found.delete(providerTag)) providerLoaded = load(providerTag);
  for (const tag of found) {
    if (providerLoaded) {
      requested.add(tag);
      void providerLoaded.then(() => load(tag));
    } else void load(tag);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUsedTags(node);
});

/**
 * Loads the elements used in `root` now and whenever they are added to it later. The document is observed
 * from the start; call it for a shadow root (or a document of another frame) that holds `mlops-*` tags.
 */
export function observe(root: Document | ShadowRoot | Element): void {
  loadUsedTags(root);
  observer.observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') observe(document);

/**
 * The reader's "Don't open on hover", set in any bubble: one choice for every term of the site. It is
 * a preference the reader makes, kept in localStorage under a namespaced key, never sent anywhere.
 * Read whenever the mouse comes to rest on a term, so that a change in this page or in another tab
 * applies at once without a `storage` listener; where storage is blocked or throws (private modes,
 * sandboxed frames) the choice holds for this page only.
 */
const STORAGE_KEY = 'mlops-elements:term-hover-off';

/** The page's own choice, while storage could not keep it; undefined: storage has it. */
let unsaved: boolean | undefined;

/** Whether the reader turned opening on hover off. */
export function hoverIsOff(): boolean {
  try {
    if (unsaved === undefined) return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    // Blocked storage: nothing was chosen, or the choice is in `unsaved`.
  }
  return !!unsaved;
}

/** Turns opening on hover off or on again; false when only this page will remember it. */
export function setHoverOff(off: boolean): boolean {
  try {
    if (off) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
    unsaved = undefined;
    return true;
  } catch {
    unsaved = off;
    return false;
  }
}

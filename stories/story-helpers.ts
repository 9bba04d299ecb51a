// Shared by the stories' play functions: find an element in the story, wait for it, reach its shadow parts.
import { waitFor } from 'storybook/test';

/** The first `tag` in the story once it is defined and has rendered (Lit's `updateComplete` when there is one). */
export async function rendered<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K): Promise<HTMLElementTagNameMap[K]> {
  await customElements.whenDefined(tag);
  const element = canvas.querySelector(tag);
  if (!element) throw new Error(`The story has no <${tag}>`);
  await (element as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** An element of `host`'s shadow root by part name, waiting until it is there. */
export async function shadowPart<T extends Element = HTMLElement>(host: Element, part: string): Promise<T> {
  return waitFor(() => {
    const found = host.shadowRoot?.querySelector<T>(`[part~="${part}"]`);
    if (!found) throw new Error(`<${host.localName}> has no part "${part}" yet`);
    return found;
  });
}

/** The text of `host`'s shadow root (and slotted text), whitespace collapsed. */
export const shadowText = (host: Element): string => (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Story-level settings for the dark page and the narrow phone viewport. */
export const dark = { globals: { scheme: 'dark' } };
/** The `narrow` tag also tells scripts/storybook-smoke.js to render the story 320 px wide. */
export const narrow = { globals: { viewport: { value: 'mobile1', isRotated: false } }, tags: ['narrow'] };

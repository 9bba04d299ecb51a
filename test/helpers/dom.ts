/** Reading what an element rendered, and making elements from script. */

/** The element's shadow root (every rendered element under test has an open one). */
export const shadow = (el: Element) => el.shadowRoot!;

/** Text as a reader sees it: runs of space (the no-break space in "0.5 %" included) become one space, trimmed. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element in the shadow root whose `part` names `name`. */
export const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** A new, unconnected element with these attributes and, if given, this text. */
export function element(tag: string, attributes: Record<string, string> = {}, content?: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (content !== undefined) el.textContent = content;
  return el;
}

/** Every open shadow root at or below `root`, depth first. */
export function shadowRootsIn(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.shadowRoot) {
        found.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

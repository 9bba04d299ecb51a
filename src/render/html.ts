/**
 * A small HTML builder for the plain renderer: tag and attribute names come from this package's code
 * only, and every string that reaches the output as text or as an attribute value is escaped here.
 * Nothing else in `src/render/` writes markup by concatenation.
 */

/** Markup made by this module (or copied verbatim from the author's page): safe to put in HTML as is. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** What an element may contain: markup, text (escaped), lists of those; `null`, `undefined` and `false` add nothing. */
export type Child = Markup | string | number | null | undefined | false | readonly Child[];

/** An attribute value; `true` writes the attribute without a value, `false`/`null`/`undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * U+0000 is a parse error and comes out as U+FFFD in a browser anyway; writing U+FFFD keeps the
 * output valid. Lone surrogates cannot be encoded in UTF-8 and become U+FFFD when written too.
 */
const withoutNul = (text: string) => text.replace(/\0/g, '\uFFFD');

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(text: string): string {
  return withoutNul(text).replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;'));
}

/** A double-quoted attribute value: `&`, `"`, `<` and `>` escaped. */
export function escapeAttribute(value: string): string {
  return withoutNul(value).replace(/[&"<>]/g, (character) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[character]!);
}

function serialize(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Markup) return child.html;
  if (Array.isArray(child)) return child.map(serialize).join('');
  return escapeText(String(child));
}

/** Children joined into one piece of markup. */
export function fragment(...children: Child[]): Markup {
  return new Markup(children.map(serialize).join(''));
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);

/** `<tag attributes>`: the start tag alone, for content that stays where the author wrote it. */
export function startTag(tag: string, attributes: Record<string, AttributeValue> = {}): Markup {
  if (!NAME.test(tag)) throw new Error(`not a tag name: ${tag}`);
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!NAME.test(name)) throw new Error(`not an attribute name: ${name}`);
    if (value === true) html += ` ${name}`;
    else if (value !== false && value !== null && value !== undefined) html += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return new Markup(`${html}>`);
}

/** `<tag attributes>children</tag>`, with every attribute value and text child escaped. */
export function el(tag: string, attributes: Record<string, AttributeValue> = {}, ...children: Child[]): Markup {
  const start = startTag(tag, attributes).html;
  return new Markup(VOID.has(tag) ? start : `${start}${children.map(serialize).join('')}</${tag}>`);
}

/** A heading of `level`, kept within 1–6 so that "one level below h6" stays a heading. */
export function heading(level: number, attributes: Record<string, AttributeValue>, ...children: Child[]): Markup {
  return el(`h${Math.min(Math.max(Math.round(level), 1), 6)}`, attributes, ...children);
}

/**
 * An HTML comment. `--` and a leading `>` would end or break it, so they are spaced apart; the
 * text is for people reading the source, never for the page.
 */
export function comment(text: string): Markup {
  const safe = withoutNul(text).replace(/--/g, '- -').replace(/-$/, '- ').replace(/^>/, ' >').replace(/^->/, ' ->').replace(/<!-/g, '<! -');
  return new Markup(`<!-- ${safe} -->`);
}

/** Markup copied from the author's page (a source range the parser delimited): trusted as the page itself is. */
export function verbatim(html: string): Markup {
  return new Markup(html);
}

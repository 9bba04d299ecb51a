import type { Plugin } from 'vite';

/** Whitespace and comments in one static part of Lit's css`…` or html`…` template. */
export function minifyTemplate(tag: 'css' | 'html', text: string): string {
  if (tag === 'css') {
    // Quoted strings (`content: '⚠ '`) are kept as written: only the code between them is minified.
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/("[^"]*"|'[^']*')/)
      .map((part, index) => (index % 2 ? part : minifyCss(part)))
      .join('');
  }
  // HTML: a newline and its indentation is one space to the HTML parser; keep it as one space.
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

/**
 * CSS outside strings: runs of whitespace become one space, and none is kept around punctuation, the
 * child combinator or `!important`; a leading zero goes (`0.5em` → `.5em`); so does a block's last semicolon.
 * Not around `+` or `~`: `calc()` needs the spaces around its `+`.
 */
function minifyCss(code: string): string {
  return code
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>]|!important)\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/(^|[\s:,(/])0\.(?=\d)/g, '$1.')
    .replace(/;}/g, '}');
}

interface Node {
  type?: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** A module with its css`…`, html`…` and svg`…` templates minified, or null when it has none to change. */
export function minifyTemplatesIn(code: string, ast: unknown): string | null {
  const edits: Array<[number, number, string]> = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression') {
      const tag = n.tag as Node & { name?: string };
      const quasi = n.quasi as Node & { quasis: Array<Node & { value: { raw: string } }> };
      if (tag.type === 'Identifier' && ['css', 'html', 'svg'].includes(tag.name ?? '')) {
        for (const element of quasi.quasis) {
          // Only plain text: a raw string with escapes is left as written.
          if (code.slice(element.start, element.end) !== element.value.raw || element.value.raw.includes('\\')) continue;
          edits.push([element.start, element.end, minifyTemplate(tag.name === 'css' ? 'css' : 'html', element.value.raw)]);
        }
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'parent' && value && typeof value === 'object') visit(value);
  };
  visit(ast);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The CDN build's templates without the whitespace and comments no JS minifier touches inside them. */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'mlops-minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const out = minifyTemplatesIn(code, this.parse(code));
      return out === null ? null : { code: out, map: null };
    },
  };
}

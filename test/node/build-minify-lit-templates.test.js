// The CDN build's template minifier (build/minify-lit-templates.ts) on small modules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'vite';
import { minifyLitTemplates, minifyTemplate, minifyTemplatesIn } from '../../build/minify-lit-templates.ts';

test('css: comments, indentation and the spaces around punctuation go; the last semicolon of a block too', () => {
  const text = '\n  :host {\n    display: block; /* the host is a box */\n    margin: 0 auto;\n  }\n  a, b { color: red; }\n';
  assert.equal(minifyTemplate('css', text), ' :host{display:block;margin:0 auto}a,b{color:red}');
});

test('css: no spaces around the child combinator or !important; leading zeros go; strings and the spaces calc() needs stay', () => {
  const text =
    "\n  .a > .b { margin: 0.5em 10.25em 0 !important; width: calc(100% + 0.5rem); }\n  .c::before { content: '0.5 ,  > x'; }\n  .d ~ .e + .f { color: rgb(0 0 0 / 0.5); }\n";
  assert.equal(
    minifyTemplate('css', text),
    " .a>.b{margin:.5em 10.25em 0!important;width:calc(100% + .5rem)}.c::before{content:'0.5 ,  > x'}.d ~ .e + .f{color:rgb(0 0 0 / .5)}",
  );
});

test('html: comments go and whitespace with a newline in it becomes one space; spaces within a line stay', () => {
  const text = '\n  <p class="a  b">\n    Hello,  <!-- greeting -->\n    world\n  </p>\n';
  assert.equal(minifyTemplate('html', text), ' <p class="a  b"> Hello, world </p> ');
});

test('a module: css, html and svg templates are minified around their expressions; other templates are left alone', () => {
  const code = [
    'const styles = css`',
    '  :host {',
    '    display: block;',
    '  }',
    '`;',
    'const view = (name) => html`',
    '  <p>',
    '    Hello, ${name}!',
    '  </p>',
    '`;',
    'const icon = svg`<g>\n  <path d="M0 0"/>\n</g>`;',
    'const message = `',
    '  kept as written',
    '`;',
  ].join('\n');
  const out = minifyTemplatesIn(code, parseAst(code));
  assert.equal(
    out,
    [
      'const styles = css` :host{display:block}`;',
      'const view = (name) => html` <p> Hello, ${name}! </p> `;',
      'const icon = svg`<g> <path d="M0 0"/> </g>`;',
      'const message = `',
      '  kept as written',
      '`;',
    ].join('\n'),
  );
});

test('a template with an escape sequence is left as written', () => {
  const code = 'const view = html`<pre>\\n  a\n  b</pre>`;';
  assert.equal(minifyTemplatesIn(code, parseAst(code)), null);
});

test('the plugin transforms only TypeScript sources under src/ that have a template', () => {
  const plugin = minifyLitTemplates();
  const context = { parse: (code) => parseAst(code) };
  const code = 'const styles = css`\n  a { color: red; }\n`;';
  assert.deepEqual(plugin.transform.call(context, code, '/repo/src/elements/a.ts'), { code: 'const styles = css` a{color:red}`;', map: null });
  assert.equal(plugin.transform.call(context, code, '/repo/node_modules/lit/index.js'), null);
  assert.equal(plugin.transform.call(context, 'export const a = 1;', '/repo/src/a.ts'), null);
});

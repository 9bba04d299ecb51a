// The README is the newcomer's page: short, and a way into every docs page. The Markdown of the repo
// links only to files and headings that exist (test/readme.test.ts runs the html snippets; the
// JS/TS snippets are type-checked by scripts/consumer-smoke.js).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import test from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const docs = readdirSync(join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);
const pages = ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md', ...docs];
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Markdown without its fenced code blocks (a `#` line there is not a heading, a `](x)` not a link). */
const prose = (markdown) => markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '');

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(markdown) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, title] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = title
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

test('the anchors of headings are the ones GitHub makes', () => {
  assert.deepEqual(
    [...headingAnchors('# Theming\n## Parts (`::part(…)`)\n```sh\n# not a heading\n```\n## Parts (`::part(…)`)\n## Static sites, feeds and email')],
    ['theming', 'parts-part', 'parts-part-1', 'static-sites-feeds-and-email'],
  );
});

test('the README fits a screen or two: at most 15 KB', () => {
  const bytes = Buffer.byteLength(read('README.md'));
  assert.ok(bytes <= 15_000, `README.md is ${bytes} bytes: move reference material into docs/`);
});

test('the README links every docs page', () => {
  const linked = new Set([...prose(read('README.md')).matchAll(/\]\((docs\/[\w-]+\.md)(#[^)]*)?\)/g)].map((match) => match[1]));
  assert.deepEqual(
    docs.filter((path) => !linked.has(path)),
    [],
  );
});

test('every relative link of the Markdown pages names a file that exists, and a heading of it that exists', () => {
  const broken = [];
  for (const page of pages) {
    for (const [, target] of prose(read(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][\w+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split('#');
      const file = path ? relative(root, resolve(root, dirname(page), path)) : page;
      if (!existsSync(join(root, file))) broken.push(`${page}: ${target} (no file ${file})`);
      else if (anchor !== undefined && file.endsWith('.md') && !headingAnchors(read(file)).has(anchor))
        broken.push(`${page}: ${target} (no heading #${anchor} in ${file})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('docs/translations.md names every string table a page can translate, and only those', async () => {
  const { elements } = await import('../../src/registry.ts');
  const tables = new Set(elements.flatMap((entry) => entry.strings));
  const bullet = read('docs/translations.md').match(/- \*\*Tables\.\*\*([^]*?); the English originals/)?.[1] ?? '';
  const named = new Set([...bullet.matchAll(/`(\w+)`/g)].map((match) => match[1]));
  assert.deepEqual([...named].sort(), [...tables].sort());
});

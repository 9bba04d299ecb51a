// The element registry (src/registry.ts) is the one list of the elements: what is generated from it is
// current, and what lists the elements by other means (the manifest, the stories, the package entry,
// the string tables, the built CDN files) agrees with it. See ARCHITECTURE.md, "Adding an element".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { declaredStringTables, renderedTags } from '../../scripts/generate.js';
import { importGraph } from '../../scripts/size.js';
import { allElementsEntry, elements } from '../../src/registry.ts';

const repo = resolve(import.meta.dirname, '../..');
const read = (file) => readFileSync(resolve(repo, file), 'utf8');
const parse = (file) => ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const tags = elements.map((entry) => entry.tag);
const byTag = new Map(elements.map((entry) => [entry.tag, entry]));

test('the generated files are what `npm run generate` writes from the registry', () => {
  const check = spawnSync(process.execPath, ['--import', './scripts/lib/register-ts.js', 'scripts/generate.js', '--check'], { cwd: repo, encoding: 'utf8' });
  assert.equal(check.status, 0, `${check.stderr}${check.stdout}`);
});

test('every tag an element renders is in the registry, and none renders itself', () => {
  for (const entry of elements) {
    for (const tag of entry.renders) assert.ok(byTag.has(tag), `<${entry.tag}> renders <${tag}>, which is not in src/registry.ts`);
    assert.doesNotThrow(() => renderedTags(entry));
  }
  assert.equal(new Set(tags).size, tags.length, 'a tag is in the registry twice');
});

test("custom-elements.json lists the registry's elements, and only those: tag, class, module and definition module", () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const expected = elements.map((entry) => `<${entry.tag}> ${entry.className} src/${entry.module}.ts`).sort();
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module: module.path, declaration })));
  const listed = declarations
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .map(({ module, declaration }) => `<${declaration.tagName}> ${declaration.name} ${module}`)
    .sort();
  assert.deepEqual(listed, expected, 'the manifest and src/registry.ts list different elements: run `npm run analyze`');

  const definitions = manifest.modules
    .flatMap((module) => (module.exports ?? []).filter((each) => each.kind === 'custom-element-definition').map((each) => ({ path: module.path, each })))
    .map(({ path, each }) => `<${each.name}> ${each.declaration.name} ${each.declaration.module} in ${path}`)
    .sort();
  assert.deepEqual(definitions, elements.map((entry) => `<${entry.tag}> ${entry.className} src/${entry.module}.ts in src/define/${entry.tag}.ts`).sort());

  // `define()` registers `static defaultTag`: every class that names a tag there is the registry's element of that tag.
  const namedTags = declarations
    .map(({ module, declaration }) => ({ module, declaration, tag: /^'(.+)'$/.exec(declaration.members?.find((member) => member.static && member.name === 'defaultTag')?.default ?? '')?.[1] }))
    .filter(({ tag }) => tag)
    .map(({ module, declaration, tag }) => `<${tag}> ${declaration.name} ${module}`)
    .sort();
  assert.deepEqual(namedTags, expected, 'a class whose `static defaultTag` disagrees with src/registry.ts');
});

/** The literal text of every html`…` template in a file (what a story renders). */
function htmlTemplates(file) {
  const texts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'html') {
      const template = node.template;
      texts.push(ts.isNoSubstitutionTemplateLiteral(template) ? template.text : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return texts.join('\n');
}

test('every element has a story: a stories file renders its tag in a template and imports a module that registers it', () => {
  const stories = readdirSync(resolve(repo, 'stories'))
    .filter((file) => file.endsWith('.stories.ts'))
    .map((file) => {
      const path = `stories/${file}`;
      const defines = [...read(path).matchAll(/^import '\.\.\/src\/define\/([\w-]+)\.js';$/gm)].map((match) => match[1]);
      // A define module registers its tag and what that renders; all.js registers every tag (the lazy ones when they appear).
      const registered = new Set(defines.flatMap((name) => (name === 'all' ? tags : byTag.has(name) ? [name, ...renderedTags(byTag.get(name))] : [])));
      return { path, templates: htmlTemplates(path), registered };
    });
  for (const tag of tags) {
    const opening = new RegExp(`<${tag}[\\s/>]`);
    const story = stories.find(({ templates, registered }) => opening.test(templates) && registered.has(tag));
    assert.ok(story, `<${tag}> has no story: no stories/*.stories.ts renders it in an html\`…\` template and imports its src/define module`);
  }
});

test('src/index.ts exports every element class from its module', () => {
  const exported = new Map();
  for (const statement of parse('src/index.ts').statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) exported.set(element.name.text, statement.moduleSpecifier.text);
  }
  for (const entry of elements) assert.equal(exported.get(entry.className), `./${entry.module}.js`, `src/index.ts does not export ${entry.className} from ./${entry.module}.js`);
});

test("the registry's string tables are those the *.strings.ts files add to StringTables", () => {
  const declared = declaredStringTables();
  const named = elements.flatMap((entry) => entry.strings.map((table) => ({ entry, table })));
  for (const { entry, table } of named) assert.ok(declared.has(table), `<${entry.tag}>'s string table "${table}" is not declared in StringTables by any *.strings.ts`);
  for (const [table, file] of declared) assert.ok(named.some((each) => each.table === table), `${file} adds the table "${table}", which no element of the registry names`);
});

const cdnDir = resolve(repo, 'dist/cdn');
test(
  'the built CDN files are the registry\'s: one per tag and the all-elements file; a standalone one imports nothing',
  { skip: !existsSync(cdnDir) && 'dist/cdn/ is absent: `npm run build` first to check the built CDN files' },
  () => {
    for (const name of [...tags, allElementsEntry.name]) assert.ok(existsSync(resolve(cdnDir, `${name}.js`)), `dist/cdn/${name}.js is missing: is the build current?`);
    const extra = readdirSync(cdnDir).filter((file) => /^mlops-.*\.js$/.test(file) && ![...tags, allElementsEntry.name].includes(file.slice(0, -3)));
    assert.deepEqual(extra, [], 'dist/cdn/ has element files the registry does not list');
    for (const entry of elements.filter((each) => each.cdn.standalone)) {
      assert.deepEqual(importGraph(resolve(cdnDir, `${entry.tag}.js`)), [resolve(cdnDir, `${entry.tag}.js`)], `dist/cdn/${entry.tag}.js is standalone: it must import nothing`);
    }
  },
);

// The element registry (src/registry.ts) is the one list of the elements: what is generated from it is
// current, what lists the elements by other means (the manifest, the stories, the string tables, the
// built CDN files) agrees with it, and adding an element takes its registry entry and its own folder
// (and a story), nothing else. See ARCHITECTURE.md, "Adding an element".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
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
    .map(({ module, declaration }) => ({
      module,
      declaration,
      tag: /^'(.+)'$/.exec(declaration.members?.find((member) => member.static && member.name === 'defaultTag')?.default ?? '')?.[1],
    }))
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
      texts.push(
        ts.isNoSubstitutionTemplateLiteral(template) ? template.text : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' '),
      );
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

test('src/index.ts exports every element class: it re-exports src/element-classes.ts, which exports each from its module', () => {
  const reexports = parse('src/index.ts').statements.filter(
    (statement) => ts.isExportDeclaration(statement) && !statement.exportClause && statement.moduleSpecifier?.text === './element-classes.js',
  );
  assert.equal(reexports.length, 1, "src/index.ts must `export * from './element-classes.js'` (generated from the registry)");
  const exported = new Map();
  for (const statement of parse('src/element-classes.ts').statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) exported.set(element.name.text, statement.moduleSpecifier.text);
  }
  for (const entry of elements)
    assert.equal(exported.get(entry.className), `./${entry.module}.js`, `src/element-classes.ts does not export ${entry.className} from ./${entry.module}.js`);
});

test("no registration module and not the package's entry imports a plain renderer: the browser's code carries none", () => {
  const seen = new Set();
  const visit = (file, from) => {
    assert.ok(!file.endsWith('.plain.ts'), `${from} imports ${file}: a plain renderer is the static renderer's (src/render/plain-renderers.ts), not the elements'`);
    if (seen.has(file) || !existsSync(resolve(repo, file))) return;
    seen.add(file);
    for (const { fileName } of ts.preProcessFile(read(file), true, true).importedFiles) {
      if (fileName.startsWith('.')) visit(posix.join(posix.dirname(file), fileName).replace(/\.js$/, '.ts'), file);
    }
  };
  for (const file of ['src/index.ts', 'src/define/all.ts', ...tags.map((tag) => `src/define/${tag}.ts`)]) visit(file, file);
  assert.ok(seen.has('src/elements/tool-card/tool-card.ts'), 'the walk reaches the class modules');
});

test("the registry's string tables are those the *.strings.ts files add to StringTables", () => {
  const declared = declaredStringTables();
  const named = elements.flatMap((entry) => entry.strings.map((table) => ({ entry, table })));
  for (const { entry, table } of named) assert.ok(declared.has(table), `<${entry.tag}>'s string table "${table}" is not declared in StringTables by any *.strings.ts`);
  for (const [table, file] of declared)
    assert.ok(
      named.some((each) => each.table === table),
      `${file} adds the table "${table}", which no element of the registry names`,
    );
});

/** Node in `cwd`, importing TypeScript sources as the repo's scripts do (`npm run generate`). */
const node = (cwd, ...args) => spawnSync(process.execPath, ['--import', './scripts/lib/register-ts.js', ...args], { cwd, encoding: 'utf8' });

test('adding an element takes its registry entry and its folder: `npm run analyze` and `npm run generate` write everything else', () => {
  // A copy of what the analyzer and the generator read, with one more element in it.
  const tree = mkdtempSync(join(tmpdir(), 'mlops-registry-'));
  const write = (file, text) => {
    mkdirSync(dirname(join(tree, file)), { recursive: true });
    writeFileSync(join(tree, file), text);
  };
  try {
    for (const path of ['src', 'scripts/generate.js', 'scripts/lib', 'package.json', 'tsconfig.json', 'custom-elements.json', 'custom-elements-manifest.config.mjs']) {
      cpSync(resolve(repo, path), join(tree, path), { recursive: true });
    }
    symlinkSync(resolve(repo, 'node_modules'), join(tree, 'node_modules'), 'dir');

    const end = '] as const satisfies readonly ElementEntry[];';
    const registry = read('src/registry.ts');
    assert.ok(registry.includes(end), `src/registry.ts no longer ends its list with ${end}`);
    const entry =
      "{ tag: 'mlops-example', className: 'MlopsExample', module: 'elements/example/example', base: 'lit', renders: ['mlops-term'], cdn: { budget: 14 * KB }, loading: 'eager', strings: ['example'] },";
    write('src/registry.ts', registry.replace(end, `  ${entry}\n${end}`));
    write(
      'src/elements/example/example.strings.ts',
      "export const exampleStrings = { greeting: 'Hello' };\ndeclare module '../../internal/i18n.js' {\n  interface StringTables {\n    example: typeof exampleStrings;\n  }\n}\n",
    );
    write(
      'src/elements/example/example.ts',
      [
        "import { html } from 'lit';",
        "import { MlopsElement } from '../../internal/base.js';",
        "import { exampleStrings } from './example.strings.js';",
        '/**',
        ' * @tagname mlops-example',
        ' * @summary An element this test adds.',
        ' */',
        'export class MlopsExample extends MlopsElement {',
        "  static override readonly defaultTag = 'mlops-example';",
        '  override render() {',
        "    return html`<p>${this.localize('example', exampleStrings).greeting}</p>`;",
        '  }',
        '}',
      ].join('\n'),
    );
    const analyze = spawnSync(process.execPath, [resolve(repo, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze'], { cwd: tree, encoding: 'utf8' });
    assert.equal(analyze.status, 0, `${analyze.stderr}${analyze.stdout}`);

    // Without its plain renderer the generator stops, naming the file to write.
    const withoutPlain = node(tree, 'scripts/generate.js');
    assert.equal(withoutPlain.status, 1);
    assert.match(withoutPlain.stderr, /<mlops-example> has no plain renderer: src\/elements\/example\/example\.plain\.ts is missing/);
    write(
      'src/elements/example/example.plain.ts',
      [
        "import { el } from '../../render/html.js';",
        "import type { ElementRenderer } from '../../render/renderer.js';",
        "import { exampleStrings } from './example.strings.js';",
        "export const plainRenderer: ElementRenderer = (job, element) => job.replace(element, el('p', {}, job.strings(element, 'example', exampleStrings).greeting));",
      ].join('\n'),
    );
    const generate = node(tree, 'scripts/generate.js');
    assert.equal(generate.status, 0, generate.stderr);

    const generated = (file) => readFileSync(join(tree, file), 'utf8');
    assert.match(generated('src/define/mlops-example.ts'), /^import '\.\/mlops-term\.js';$[\s\S]*^defineLitElement\(MlopsExample\);$/m);
    assert.match(generated('src/define/all.ts'), /^import '\.\/mlops-example\.js';$/m);
    assert.match(generated('src/element-classes.ts'), /^export \{ MlopsExample \} from '\.\/elements\/example\/example\.js';$/m);
    assert.match(generated('src/render/plain-renderers.ts'), /^ {2}'mlops-example': example,$/m);
    assert.match(generated('src/internal/string-tables.ts'), /^export type \{\} from '\.\.\/elements\/example\/example\.strings\.js';$/m);
    assert.match(generated('src/react/index.ts'), /^export const MlopsExample = /m);
    assert.match(generated('src/react/jsx.ts'), /^ {6}'mlops-example': CustomElementProps<MlopsExample, MlopsExampleAttributes>;$/m);

    // The generated modules type-check with it, the package's entry exports its class, and the static renderer expands it.
    const config = ts.getParsedCommandLineOfConfigFile(join(tree, 'tsconfig.json'), { types: [] }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const roots = ['src/index.ts', 'src/define/all.ts', 'src/element-classes.ts', 'src/render/plain-renderers.ts', 'src/react/index.ts', 'src/react/jsx.ts'].map((file) =>
      join(tree, file),
    );
    const program = ts.createProgram(roots, config.options);
    const errors = roots.flatMap((file) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((each) => ts.flattenDiagnosticMessageText(each.messageText, '\n')),
    );
    assert.deepEqual(errors, []);
    const checker = program.getTypeChecker();
    const entryExports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(roots[0]))).map((symbol) => symbol.name);
    assert.ok(entryExports.includes('MlopsExample'), 'src/index.ts exports MlopsExample');
    const render = node(
      tree,
      '--input-type=module',
      '-e',
      "const { renderHtml } = await import('./src/render/index.ts'); process.stdout.write(await renderHtml('<mlops-example></mlops-example>', { mode: 'plain', jsonLd: false }));",
    );
    assert.equal(render.stdout, '<p>Hello</p>', render.stderr);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
});

const cdnDir = resolve(repo, 'dist/cdn');
test(
  "the built CDN files are the registry's: one per tag and the all-elements file; a standalone one imports nothing",
  { skip: !existsSync(cdnDir) && 'dist/cdn/ is absent: `npm run build` first to check the built CDN files' },
  () => {
    for (const name of [...tags, allElementsEntry.name]) assert.ok(existsSync(resolve(cdnDir, `${name}.js`)), `dist/cdn/${name}.js is missing: is the build current?`);
    const extra = readdirSync(cdnDir).filter((file) => /^mlops-.*\.js$/.test(file) && ![...tags, allElementsEntry.name].includes(file.slice(0, -3)));
    assert.deepEqual(extra, [], 'dist/cdn/ has element files the registry does not list');
    for (const entry of elements.filter((each) => each.cdn.standalone)) {
      assert.deepEqual(
        importGraph(resolve(cdnDir, `${entry.tag}.js`)),
        [resolve(cdnDir, `${entry.tag}.js`)],
        `dist/cdn/${entry.tag}.js is standalone: it must import nothing`,
      );
    }
  },
);

// The CDN build's renaming of private members (build/mangle-private-members.ts) on small modules.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parseAst } from 'vite';
import {
  builtInMemberNames,
  importedFiles,
  manglePrivateMembers,
  privateNameMap,
  renameMembers,
  shortName,
  shortNamePattern,
} from '../../build/mangle-private-members.ts';

const file = (fileName, ...lines) => ({ fileName, text: lines.join('\n') });
const noBuiltIns = new Set();

test('short names: $a … $Z, then two letters; the pattern matches them and nothing else', () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53].map(shortName), ['$a', '$b', '$z', '$A', '$Z', '$aa', '$ab']);
  assert.ok(['$a', '$Z', '$ab'].every((name) => shortNamePattern.test(name)));
  assert.ok(!['a', '_$a', '$1', '$a$'].some((name) => shortNamePattern.test(name)));
});

test('a private member used only through x.name in its own file is renamed; the most used get the shortest name', () => {
  const names = privateNameMap(
    [
      file(
        '/src/a.ts',
        'export class A {',
        '  private rarely = 1;',
        '  private often = 0;',
        '  private static shared = 2;',
        '  private get doubled() { return this.often * 2; }',
        '  private bump(other: A) { this.often += other.often + this.rarely + A.shared + this.doubled; }',
        '}',
      ),
    ],
    () => true,
    noBuiltIns,
  );
  assert.deepEqual(
    [...names],
    [
      ['often', '$a'],
      ['doubled', '$b'],
      ['rarely', '$c'],
      ['shared', '$d'],
      ['bump', '$e'],
    ],
  );
});

test('a name any other code could reach by name keeps it', () => {
  const names = privateNameMap(
    [
      file(
        '/src/a.ts',
        'export class A {',
        '  private keyed = 1; private inInterface = 1; private destructured = 1; private inString = 1;',
        '  private publicElsewhere = 1; private readElsewhere = 1; private protectedToo = 1; @state() private decorated = 1;',
        '  private root = 1; private kept = 1;',
        '  constructor(private parameter: number) {}',
        '  read() { const { destructured } = this; return [{ keyed: 1 }, this["inString"], destructured, this.kept]; }',
        '}',
        'interface I { inInterface: number }',
      ),
      file('/src/b.ts', 'export class B { publicElsewhere = 1; protected protectedToo = 1; read(a: any) { return a.readElsewhere; } }'),
    ],
    () => true,
    new Set(['root']),
  );
  assert.deepEqual([...names.keys()], ['kept']);
});

test('uses are counted only in the files given: the pass’s own names come first', () => {
  const files = [
    file('/src/a.ts', 'class A { private mine = 1; go() { return this.mine; } }'),
    file('/src/b.ts', 'class B { private theirs = 1; go() { return this.theirs + this.theirs + this.theirs; } }'),
  ];
  assert.deepEqual(privateNameMap(files, () => true, noBuiltIns).get('theirs'), '$a');
  assert.deepEqual(privateNameMap(files, (name) => name === '/src/a.ts', noBuiltIns).get('mine'), '$a');
});

test('a short name the source already spells is skipped', () => {
  const names = privateNameMap([file('/src/a.ts', 'class A { private x = 1; go(o: any) { return o.$a + this.x; } }')], () => true, noBuiltIns);
  assert.equal(names.get('x'), '$b');
});

test('built-in member names come from TypeScript’s lib declarations', () => {
  const names = builtInMemberNames();
  assert.ok(['textContent', 'hidden', 'root', 'observe', 'length'].every((name) => names.has(name)));
  assert.ok(!names.has('openedByHover'));
});

test('renaming: member accesses and class members, not object keys or computed names', () => {
  const code = [
    'class A {',
    '  static shared = 1;',
    '  often = 0;',
    '  get doubled() { return this.often * 2; }',
    '  bump(other) { other.often += A.shared + this?.often + this["often"]; return { often: 1 }; }',
    '}',
  ].join('\n');
  const names = new Map([
    ['often', '$a'],
    ['shared', '$b'],
    ['doubled', '$c'],
  ]);
  assert.equal(
    renameMembers(code, parseAst(code), names),
    [
      'class A {',
      '  static $b = 1;',
      '  $a = 0;',
      '  get $c() { return this.$a * 2; }',
      '  bump(other) { other.$a += A.$b + this?.$a + this["often"]; return { often: 1 }; }',
      '}',
    ].join('\n'),
  );
  assert.equal(renameMembers('const a = { often: 1 };', parseAst('const a = { often: 1 };'), names), null);
});

test('the files a pass imports, following relative imports (./x.js is ./x.ts)', () => {
  const files = [
    file('/src/define/a.ts', "import { b } from '../b.js';", "export { c } from './c.js';"),
    file('/src/b.ts', "import 'lit'; const later = () => import('./d.js');"),
    file('/src/define/c.ts', ''),
    file('/src/d.ts', ''),
    file('/src/unused.ts', ''),
  ];
  assert.deepEqual([...importedFiles(files, ['/src/define/a.ts'])].sort(), ['/src/b.ts', '/src/d.ts', '/src/define/a.ts', '/src/define/c.ts']);
});

test('the plugin renames in the source’s modules and stops the build when a package spells a short name', () => {
  const srcDir = resolve(import.meta.dirname, '../../src');
  const plugin = manglePrivateMembers(srcDir);
  plugin.buildStart.call({}, { input: { 'mlops-term': join(srcDir, 'define/mlops-term.ts') } });
  const context = {
    parse: (code) => parseAst(code),
    error: (message) => {
      throw new Error(message);
    },
  };
  const out = plugin.transform.call(context, 'class T { go() { return this.bubbleWanted; } }', join(srcDir, 'elements/term/term.ts'));
  assert.match(out.code, /return this\.\$[A-Za-z]+;/);
  assert.equal(plugin.transform.call(context, 'const a = { b: 1 }; a.b;', '/repo/node_modules/lit/index.js'), null);
  assert.throws(() => plugin.transform.call(context, 'a.$a = 1;', '/repo/node_modules/lit/index.js'), /node_modules\/lit\/index\.js has a property named \$a/);
});

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAst, type Plugin } from 'vite';

/**
 * Short names for the TypeScript `private` members of the source's classes, in the CDN build. A
 * minifier shortens variables but never property names: `this.openedByHover` stays 13 letters in
 * every place it is written, and a term's file holds dozens of such names. They are the class's own
 * business (TypeScript lets no other code touch them), so the CDN files may call them `$a`, `$b`, …;
 * the npm build, the tests and the declarations keep the real names.
 *
 * A name is renamed only when the source gives no other code a way to reach it by that name: it is
 * declared `private` (not protected, not a constructor parameter, not decorated: decorators read the
 * name) and used only as `x.name` in the files that declare it; no public member, object key,
 * interface member, destructuring or string in any source file spells it; and no built-in object
 * (TypeScript's lib declarations: DOM, JavaScript) has a member of that name, so no platform object
 * the class hands its name to is affected. The short names are checked against the packages the
 * build bundles (see `manglePrivateMembers`).
 */

/** A source file: its path and text. */
export interface SourceText {
  readonly fileName: string;
  readonly text: string;
}

interface Node {
  type?: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Calls `each` for every node of an ESTree tree (TypeScript's nodes included). */
function walk(node: unknown, each: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, each));
  const n = node as Node;
  if (n.type) each(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'parent' && value && typeof value === 'object') walk(value, each);
}

/** A non-computed key's name. */
function keyName(node: Node, key = node.key): string | undefined {
  const { type, name } = (key ?? {}) as { type?: string; name?: string };
  return !node.computed && type === 'Identifier' ? name : undefined;
}

const classMembers = new Set(['PropertyDefinition', 'MethodDefinition', 'AccessorProperty', 'TSAbstractPropertyDefinition', 'TSAbstractMethodDefinition']);
/** Where else a property name is spelt: object keys and methods, destructured keys, interface members. */
const otherKeys = new Set(['Property', 'TSPropertySignature', 'TSMethodSignature']);

/**
 * Every member name TypeScript's lib declarations give a built-in object (DOM, JavaScript, workers):
 * each indented `name:`, `name?:`, `name(` or `name<` of the lib files (parameters written on lines of
 * their own come along, which only keeps a few more names as they are). Read once per process.
 */
let libMemberNames: Set<string> | undefined;

export function builtInMemberNames(): ReadonlySet<string> {
  if (libMemberNames) return libMemberNames;
  const libDir = dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.d.ts'));
  const names = new Set<string>();
  for (const file of readdirSync(libDir).filter((name) => /^lib\..*\.d\.ts$/.test(name))) {
    for (const [, name] of readFileSync(join(libDir, file), 'utf8').matchAll(/^\s+(?:readonly\s+)?(?:[gs]et\s+)?([\w$]+)\??\s*[:(<]/gm)) names.add(name);
  }
  return (libMemberNames = names);
}

/** Every short name `shortName` makes, and no other name (no package the build bundles spells one: see `manglePrivateMembers`). */
export const shortNamePattern = /^\$[A-Za-z]+$/;

/** `$a` … `$Z`, then `$aa` …: the nth short name. */
export function shortName(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  for (let rest = index; ; rest = Math.floor(rest / letters.length) - 1) {
    name = letters[rest % letters.length] + name;
    if (rest < letters.length) return `$${name}`;
  }
}

/**
 * The private member names of `files` (TypeScript) that may be renamed, each with its short name: the
 * most used in `counted` files (by default, all) get the shortest. `builtIns` are names that must stay
 * (by default, those of TypeScript's lib).
 */
export function privateNameMap(
  files: readonly SourceText[],
  counted: (fileName: string) => boolean = () => true,
  builtIns: ReadonlySet<string> = builtInMemberNames(),
): Map<string, string> {
  /** Name → the files that declare it private. */
  const declaredIn = new Map<string, Set<string>>();
  /** Name → the files that read or write it as `x.name`. */
  const accessedIn = new Map<string, Set<string>>();
  /** Names spelt anywhere else: public members, object keys, interface members, destructuring, strings. */
  const spelt = new Set<string>();
  const uses = new Map<string, number>();
  const add = (map: Map<string, Set<string>>, name: string, file: string) => map.set(name, (map.get(name) ?? new Set()).add(file));

  for (const { fileName, text } of files) {
    walk(parseAst(text, { lang: 'ts' }), (node) => {
      const { type = '' } = node;
      if (type === 'MemberExpression') {
        const name = keyName(node, node.property);
        if (name) add(accessedIn, name, fileName);
        if (name && counted(fileName)) uses.set(name, (uses.get(name) ?? 0) + 1);
      } else if (classMembers.has(type)) {
        const name = keyName(node);
        if (name && node.accessibility === 'private' && !(node.decorators as unknown[] | undefined)?.length) add(declaredIn, name, fileName);
        else if (name) spelt.add(name);
      } else if (otherKeys.has(type)) {
        const name = keyName(node);
        if (name) spelt.add(name);
      } else if (type === 'TSEnumMember' || type === 'TSParameterProperty') {
        const id = (type === 'TSEnumMember' ? node.id : node.parameter) as { name?: string; left?: { name?: string } };
        spelt.add(id.name ?? id.left?.name ?? '');
      } else if (type === 'Literal' && typeof node.value === 'string') {
        spelt.add(node.value);
      } else if (type === 'TemplateElement') {
        spelt.add((node.value as { cooked?: string }).cooked ?? '');
      }
    });
  }

  const renamed = [...declaredIn]
    .filter(([name, files]) => !spelt.has(name) && !builtIns.has(name) && [...(accessedIn.get(name) ?? [])].every((file) => files.has(file)))
    .map(([name]) => name)
    .sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1));
  // A short name the source already spells (a property of its own called `$a`) is skipped.
  const taken = new Set([...spelt, ...accessedIn.keys(), ...declaredIn.keys()]);
  const names = new Map<string, string>();
  for (let index = 0; names.size < renamed.length; index++) {
    const short = shortName(index);
    if (!taken.has(short)) names.set(renamed[names.size], short);
  }
  return names;
}

/**
 * A module (JavaScript, as the bundler parsed it) with every `x.name` and class member `name` of
 * `names` renamed, or null when it has none.
 */
export function renameMembers(code: string, ast: unknown, names: ReadonlyMap<string, string>): string | null {
  const edits: Array<[number, number, string]> = [];
  walk(ast, (node) => {
    const name = node.type === 'MemberExpression' ? keyName(node, node.property) : classMembers.has(node.type ?? '') ? keyName(node) : undefined;
    const short = name === undefined ? undefined : names.get(name);
    const key = (node.type === 'MemberExpression' ? node.property : node.key) as Node;
    if (short) edits.push([key.start, key.end, short]);
  });
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Every `.ts` file under `dir`, recursively. */
function sourceFiles(dir: string): SourceText[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name))
    .map((fileName) => ({ fileName, text: readFileSync(fileName, 'utf8') }));
}

/** The files of `files` that `entries` import, directly or not (relative imports: `./x.js` is `./x.ts`). */
export function importedFiles(files: readonly SourceText[], entries: readonly string[]): Set<string> {
  const texts = new Map(files.map(({ fileName, text }) => [fileName, text]));
  const reached = new Set<string>();
  const visit = (fileName: string): void => {
    const text = texts.get(fileName);
    if (text === undefined || reached.has(fileName)) return;
    reached.add(fileName);
    walk(parseAst(text, { lang: 'ts' }), (node) => {
      const source = (node.type === 'ImportExpression' || /^(Import|Export(Named|All))Declaration$/.test(node.type ?? '') ? node.source : undefined) as
        { value?: unknown } | undefined;
      if (typeof source?.value === 'string' && source.value.startsWith('.')) visit(join(dirname(fileName), source.value.replace(/\.js$/, '.ts')));
    });
  };
  entries.forEach(visit);
  return reached;
}

/**
 * Renames the private members of the TypeScript modules under `srcDir` (see `privateNameMap`) in a
 * CDN pass. A bundled package that spells one of the short names as a property stops the build: its
 * objects and ours could then share a name.
 */
export function manglePrivateMembers(srcDir: string): Plugin {
  let names = new Map<string, string>();
  let shortNames = /(?!)/;
  const inSrc = (id: string) => id.startsWith(`${srcDir}/`) && id.endsWith('.ts');
  return {
    name: 'mlops-mangle-private-members',
    buildStart(options) {
      const files = sourceFiles(srcDir);
      // The names this pass's modules use most get the shortest: the consistency that matters is within one pass.
      const { input } = options;
      const inPass = importedFiles(files, typeof input === 'string' ? [input] : Object.values(input ?? {}));
      names = privateNameMap(files, (fileName) => inPass.has(fileName));
      if (names.size) shortNames = new RegExp(`[.{,]\\s*(${[...names.values()].map((name) => `\\${name}`).join('|')})(?![\\w$])`);
    },
    transform(code, id) {
      if (!inSrc(id)) {
        const clash = shortNames.exec(code);
        if (clash) this.error(`${id} has a property named ${clash[1]}, the short name the CDN build gives a private member`);
        return null;
      }
      const out = renameMembers(code, this.parse(code), names);
      return out === null ? null : { code: out, map: null };
    },
  };
}

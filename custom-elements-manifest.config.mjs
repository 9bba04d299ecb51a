// Generates custom-elements.json from the elements' JSDoc (@summary, @slot, @csspart, @cssprop, @fires).
// `npm run analyze` then derives the VS Code custom data from it (scripts/editor-data.js).
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

// The element registry is TypeScript: this lets the config import it (see scripts/lib/ts-hooks.js).
register('./scripts/lib/ts-hooks.js', import.meta.url);
const { elements } = await import('./src/registry.ts');

/** Descriptions of the shared theme tokens every element reads (src/internal/tokens.ts holds the defaults). */
const sharedTokenDescriptions = {
  '--mlops-font-family': 'Font of the elements (shared token; inherits the page font by default).',
  '--mlops-color-text': 'Text colour (shared token).',
  '--mlops-color-muted': 'Secondary text colour (shared token).',
  '--mlops-color-surface': 'Background of cards, bubbles and boxes (shared token).',
  '--mlops-color-surface-alt': 'Background of tags, table stripes and the feedback widget (shared token).',
  '--mlops-color-border': 'Border colour (shared token).',
  '--mlops-color-accent': 'Accent: links, focus, highlighted bars, selected options (shared token).',
  '--mlops-color-on-accent': 'Text on the accent colour (shared token).',
  '--mlops-color-danger': 'Error messages (shared token).',
  '--mlops-radius': 'Corner radius (shared token).',
  '--mlops-shadow': 'Shadow of floating boxes such as the term bubble (shared token).',
  '--mlops-focus-ring': 'Focus outline (shared token).',
};

/** `--_text: var(--mlops-color-text, light-dark(#1f2328, #e6edf3));` → name and default, from tokens.ts. */
function readSharedTokens() {
  const source = readFileSync(new URL('./src/internal/tokens.ts', import.meta.url), 'utf8');
  const tokens = [];
  for (const match of source.matchAll(/var\((--mlops-[\w-]+),\s*(.+)\);\s*$/gm)) {
    const [, name, fallback] = match;
    // The default of a token that defaults to another private variable reads as the public one.
    const value = fallback.replace(/var\(--_accent\)/g, 'var(--mlops-color-accent)');
    tokens.push({ name, default: value, description: sharedTokenDescriptions[name] ?? 'Shared theme token.' });
  }
  return tokens;
}

/**
 * Completes what JSDoc alone leaves out:
 * - the classes of the element registry (src/registry.ts) are the elements, with its tags (the tags
 *   their `static defaultTag` names, which test/node/registry.test.js checks); no other class is one;
 * - an attribute has the default of its property (which a JSDoc `@default` can set);
 * - every element lists the shared `--mlops-*` tokens with their defaults (all elements read them);
 * - each tag gets a `custom-element-definition` export in its registration module (src/define/<tag>.ts).
 */
function mlopsConventions() {
  return {
    name: 'mlops-conventions',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists files in whatever order the file system's walk finishes: sort them, so
      // the committed manifest (checked in CI) is the same on every machine and every run.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const sharedTokens = readSharedTokens();
      const definitions = [];
      for (const entry of elements) {
        const module = customElementsManifest.modules.find((each) => each.path === `src/${entry.module}.ts`);
        if (!module?.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === entry.className)) {
          throw new Error(`src/registry.ts: <${entry.tag}> is ${entry.className} in src/${entry.module}.ts, which the analyzer did not find`);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const entry = elements.find((each) => `src/${each.module}.ts` === module.path && each.className === declaration.name);
          if (entry) {
            declaration.tagName = entry.tag;
            declaration.customElement = true;
          }
          // The shared base class (no tag) is not an element a page can use.
          if (!declaration.customElement || !declaration.tagName) continue;
          // A `@default` in a property's JSDoc (for an initializer that is a named constant) reaches its attribute too.
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((member) => member.name === attribute.fieldName);
            if (field?.default !== undefined) attribute.default = field.default;
          }
          declaration.cssProperties ??= [];
          for (const token of sharedTokens) {
            const listed = declaration.cssProperties.find((property) => property.name === token.name);
            if (listed) listed.default ??= token.default;
            else declaration.cssProperties.push({ ...token });
          }
          definitions.push({
            kind: 'javascript-module',
            path: `src/define/${declaration.tagName}.ts`,
            declarations: [],
            exports: [
              {
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: { name: declaration.name, module: module.path },
              },
            ],
          });
        }
      }
      customElementsManifest.modules.push(...definitions);
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/base.ts', 'src/internal/plain-element.ts'],
  // The elements' plain-HTML renderers (`*.plain.ts`) belong to the static renderer, not to the elements' API.
  exclude: ['**/*.styles.ts', '**/*.strings.ts', '**/*.plain.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's customElements field (an --outdir run would point it elsewhere).
  packagejson: false,
  plugins: [mlopsConventions()],
};

// The generated framework integrations (npm run generate): web-types.json, mlops-elements/vue and
// mlops-elements/svelte describe every registry element with the manifest's attributes and events.
// test:consumers checks them with vue-tsc and svelte-check; this checks their content without installing those.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { elements } from '../../src/registry.ts';

const repo = resolve(import.meta.dirname, '../..');
const read = (file) => readFileSync(resolve(repo, file), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const declarations = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((each) => each.tagName)
    .map((each) => [each.tagName, each]),
);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());

test('web-types.json lists every element with its attributes, events, slots, CSS properties and parts', () => {
  const webTypes = JSON.parse(read('web-types.json'));
  const pkg = JSON.parse(read('package.json'));
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  assert.equal(pkg['web-types'], './web-types.json');
  const byName = new Map(webTypes.contributions.html.elements.map((element) => [element.name, element]));
  assert.deepEqual(
    [...byName.keys()],
    elements.map((entry) => entry.tag),
  );
  for (const entry of elements) {
    const declaration = declarations.get(entry.tag);
    const element = byName.get(entry.tag);
    const names = (list) => (list ?? []).map((each) => each.name);
    assert.deepEqual(names(element.attributes), names(declaration.attributes), entry.tag);
    assert.deepEqual(names(element.js.events), names(declaration.events), entry.tag);
    assert.deepEqual(names(element.slots), names(declaration.slots), entry.tag);
    assert.deepEqual(names(element.css.parts), names(declaration.cssParts), entry.tag);
    assert.deepEqual(names(element.css.properties), names(declaration.cssProperties), entry.tag);
  }
  const variant = byName.get('mlops-tool-card').attributes.find((attribute) => attribute.name === 'variant');
  assert.deepEqual(variant.value, { type: "'full' | 'compact'" });
});

test('the Vue and Svelte types name every tag, with each attribute and event as that framework spells it', () => {
  const vue = read('src/vue/index.ts');
  const svelte = read('src/svelte/index.ts');
  for (const entry of elements) {
    const declaration = declarations.get(entry.tag);
    assert.match(vue, new RegExp(`'${entry.tag}': DefineComponent<${entry.className}Props>;`));
    assert.match(svelte, new RegExp(`'${entry.tag}': ElementAttributes<${entry.className}, ${entry.className}Attributes>;`));
    const vueProps = vue.slice(vue.indexOf(`interface ${entry.className}Props {`)).split('\n}')[0];
    const svelteAttributes = svelte.slice(svelte.indexOf(`interface ${entry.className}Attributes {`)).split('\n}')[0];
    for (const attribute of declaration.attributes ?? []) {
      assert.ok(
        vueProps.includes(`  ${camel(attribute.name).includes('-') ? `'${camel(attribute.name)}'` : camel(attribute.name)}?: `),
        `${entry.tag} ${attribute.name} (vue)`,
      );
      assert.ok(svelteAttributes.includes(`  ${attribute.name.includes('-') ? `'${attribute.name}'` : attribute.name}?: `), `${entry.tag} ${attribute.name} (svelte)`);
    }
    for (const event of declaration.events ?? []) {
      assert.ok(vueProps.includes(`  on${pascal(event.name)}?: (event: `), `${entry.tag} ${event.name} (vue)`);
      assert.ok(svelteAttributes.includes(`  'on${event.name}'?: (event: `), `${entry.tag} ${event.name} (svelte)`);
    }
  }
  assert.match(vue, /openDelay\?: Numeric;/);
  assert.match(svelte, /'open-delay'\?: Numeric;/);
});

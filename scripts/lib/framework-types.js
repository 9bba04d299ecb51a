// The typed framework integrations `npm run generate` writes (scripts/generate.js), from each element's
// attributes, events and slots as custom-elements.json describes them:
//   src/vue/index.ts     Vue 3 global component types (`mlops-elements/vue`, for vue-tsc);
//   src/svelte/index.ts  Svelte 5 element types (`mlops-elements/svelte`, for svelte-check);
//   web-types.json       JetBrains IDEs' web-types.
// Each element arrives as `{ tag, className, module, summary, attributes, events, slots, cssProperties, cssParts }`,
// `attributes` with their TypeScript type (`type`), `events` with their `type` (`CustomEvent<Detail>`),
// `detail` and `source` (the module the detail type comes from).

/** `mlops-term-open` → `MlopsTermOpen`. */
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, dash, letter) => letter.toUpperCase());
/** `open-delay` → `openDelay`. */
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const docLine = (text) => (text ? `/** ${text.replace(/\s+/g, ' ').trim().replace(/\*\//g, '*\\/')} */` : '');

/** The elements' event detail types (and with `classes`, the element classes), grouped by module: `module → Set(names)`. */
function typeImports(elements, classes) {
  const imports = new Map();
  const add = (module, name) => {
    if (!imports.has(module)) imports.set(module, new Set());
    imports.get(module).add(name);
  };
  for (const element of elements) {
    if (classes) add(`src/${element.module}`, element.className);
    for (const event of element.events) if (event.detail) add(event.source, event.detail);
  }
  return imports;
}

function members(element, attributeKey, eventKey) {
  return [
    ...element.attributes.flatMap((attribute) => [docLine(attribute.description), `${quoteKey(attributeKey(attribute.name))}?: ${attribute.type};`]),
    ...element.events.flatMap((event) => [docLine(event.description), `${quoteKey(eventKey(event.name))}?: (event: ${event.type}) => void;`]),
  ]
    .filter(Boolean)
    .map((line) => `  ${line}`);
}

/** `src/vue/index.ts`: props (camelCase, as Vue normalises `open-delay`) and `onMlops…` event props per tag. */
export function vueModule({ header, elements, importLines }) {
  const interfaces = elements.map((element) =>
    [
      `/** The props of \`<${element.tag}>\` in Vue templates; an event \`@mlops-…\` is its \`onMlops…\` prop. */`,
      `export interface ${element.className}Props {`,
      ...members(element, camel, (name) => `on${pascal(name)}`),
      '}',
    ].join('\n'),
  );
  return [
    header,
    '// The attributes and events come from custom-elements.json (`npm run analyze`).',
    '/**',
    " * Vue 3 types for the tags (`mlops-elements/vue`): `import type {} from 'mlops-elements/vue'` once, and",
    ' * vue-tsc checks each `<mlops-…>` in templates: attribute value types, and event names with',
    ' * `strictTemplates`. Vue must treat the tags as custom elements',
    " * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('mlops-')`); register them with",
    " * `import 'mlops-elements/define/<tag>'`.",
    ' */',
    "import type { DefineComponent } from 'vue';",
    ...importLines('src/vue/index.ts', typeImports(elements, false), true),
    '',
    '/** A number attribute: a number, or a string of one. */',
    'type Numeric = number | `${number}`;',
    '',
    interfaces.join('\n\n'),
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...elements.map((element) => `    '${element.tag}': DefineComponent<${element.className}Props>;`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** `src/svelte/index.ts`: attributes as written and `on<event-name>` handlers, merged into `SvelteHTMLElements`. */
export function svelteModule({ header, elements, importLines }) {
  const interfaces = elements.map((element) =>
    [
      `/** The attributes and events of \`<${element.tag}>\` in Svelte 5 markup. */`,
      `export interface ${element.className}Attributes {`,
      ...members(
        element,
        (name) => name,
        (name) => `on${name}`,
      ),
      '}',
    ].join('\n'),
  );
  return [
    header,
    '// The attributes and events come from custom-elements.json (`npm run analyze`).',
    '/**',
    " * Svelte 5 types for the tags (`mlops-elements/svelte`): `import type {} from 'mlops-elements/svelte'` once",
    ' * (in a `.d.ts` or a component), and svelte-check checks each `<mlops-…>`: attribute value types, and',
    " * event attributes (`onmlops-feedback-submit={…}`). Register the tags with `import 'mlops-elements/define/<tag>'`.",
    ' */',
    "import type { HTMLAttributes } from 'svelte/elements';",
    ...importLines('src/svelte/index.ts', typeImports(elements, true), true),
    '',
    '/** A number attribute: a number, or a string of one. */',
    'type Numeric = number | `${number}`;',
    '',
    "/** Svelte's attributes of an element of class `E`, plus the element's own attributes and events. */",
    'type ElementAttributes<E extends HTMLElement, Attributes> = HTMLAttributes<E> & Attributes;',
    '',
    interfaces.join('\n\n'),
    '',
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    ...elements.map((element) => `    '${element.tag}': ElementAttributes<${element.className}, ${element.className}Attributes>;`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** What web-types calls a value's type: the TypeScript type, without the `Numeric` alias. */
const webTypesValue = (type) => ({ type: type.replace(/\bNumeric\b/g, 'number') });

/** `web-types.json` (JetBrains): elements with their attributes, events, slots, CSS properties and parts. */
export function webTypes({ name, version, elements }) {
  const described = (each, extra = {}) => ({ name: each.name, ...(each.description ? { description: each.description } : {}), ...extra });
  return `${JSON.stringify(
    {
      $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
      name,
      version,
      'description-markup': 'markdown',
      contributions: {
        html: {
          elements: elements.map((element) => ({
            name: element.tag,
            description: element.summary,
            attributes: element.attributes.map((attribute) => described(attribute, { value: webTypesValue(attribute.type) })),
            slots: element.slots.map((slot) => described(slot)),
            js: { events: element.events.map((event) => described(event)) },
            css: { properties: element.cssProperties.map((property) => described(property)), parts: element.cssParts.map((part) => described(part)) },
          })),
        },
      },
    },
    null,
    2,
  )}\n`;
}

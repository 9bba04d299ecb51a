// `npm run analyze` (after the manifest analyzer): derives VS Code's custom data from custom-elements.json,
// so editors complete the tags, attributes, attribute values, `--mlops-*` properties and `::part()`s,
// and the theming/events reference of docs/theming.md (between its `<!-- api:start … -->` markers).
//   vscode.html-custom-data.json  → "html.customData" in .vscode/settings.json
//   vscode.css-custom-data.json   → "css.customData"
// Format: https://github.com/microsoft/vscode-custom-data (version 1.1).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** `'full' | 'compact'` → ['full', 'compact']; anything that is not a union of string literals → []. */
export function literalValues(typeText = '') {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined');
  const literal = /^'([^']*)'$|^"([^"]*)"$/;
  return members.every((member) => literal.test(member))
    ? members.map((member) =>
        literal
          .exec(member)
          .slice(1)
          .find((text) => text !== undefined),
      )
    : [];
}

const markdown = (value) => ({ kind: 'markdown', value });
const list = (title, items, format) => (items?.length ? `\n\n**${title}**\n${items.map((item) => `- ${format(item)}`).join('\n')}` : '');

/** The custom elements of a manifest, by tag name (module order depends on the file system's listing). */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName))
    .sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
}

export function htmlCustomData(manifest) {
  const tags = elementsOf(manifest).map((element) => {
    const summary = element.summary ? `${element.summary}\n\n` : '';
    const description =
      `${summary}${element.description ?? ''}` +
      list('Events', element.events, (event) => `\`${event.name}\`${event.type ? ` (\`${event.type.text}\`)` : ''}: ${event.description ?? ''}`) +
      list('Slots', element.slots, (slot) => `${slot.name ? `\`${slot.name}\`` : '(default)'}: ${slot.description ?? ''}`) +
      list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\`: ${part.description ?? ''}`);
    return {
      name: element.tagName,
      description: markdown(description.trim()),
      attributes: (element.attributes ?? []).map((attribute) => {
        const type = attribute.type?.text ?? '';
        const values = literalValues(type);
        return {
          name: attribute.name,
          description: markdown(
            [attribute.description, [type && `Type: \`${type}\``, attribute.default && `default: \`${attribute.default}\``].filter(Boolean).join('; ')]
              .filter(Boolean)
              .join('\n\n'),
          ),
          ...(type === 'boolean' ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    };
  });
  return { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags };
}

export function cssCustomData(manifest) {
  const properties = new Map();
  const parts = new Map();
  for (const element of elementsOf(manifest)) {
    for (const property of element.cssProperties ?? []) {
      const entry = properties.get(property.name) ?? { description: property.description ?? '', default: property.default, tags: [] };
      entry.tags.push(element.tagName);
      properties.set(property.name, entry);
    }
    for (const part of element.cssParts ?? []) {
      const entry = parts.get(part.name) ?? { descriptions: [] };
      entry.descriptions.push(`\`${element.tagName}\`: ${part.description ?? ''}`);
      parts.set(part.name, entry);
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...properties].map(([name, entry]) => ({
      name,
      description: markdown(
        `${entry.description}${entry.default ? `\n\nDefault: \`${entry.default}\`` : ''}\n\nUsed by: ${entry.tags.map((tag) => `\`<${tag}>\``).join(', ')}`,
      ),
    })),
    pseudoElements: [...parts].map(([name, entry]) => ({
      name: `::part(${name})`,
      description: markdown(entry.descriptions.join('\n\n')),
    })),
  };
}

const cell = (text = '') =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const tagList = (tags) => tags.map((tag) => `\`<${tag}>\``).join(', ');

/**
 * The theming and events reference of docs/theming.md (between `<!-- api:start -->` and
 * `<!-- api:end -->`), so that it cannot drift from the elements' JSDoc.
 */
export function apiReference(manifest) {
  const elements = elementsOf(manifest);
  const users = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const entry = users.get(property.name) ?? { property, tags: [] };
      entry.tags.push(element.tagName);
      users.set(property.name, entry);
    }
  }
  const shared = [...users.values()].filter((entry) => entry.tags.length === elements.length);
  const own = [...users.values()].filter((entry) => entry.tags.length < elements.length);
  const lines = [
    '## Shared tokens (every element)',
    '',
    '| custom property | default | what it sets |',
    '|---|---|---|',
    ...shared.map(({ property }) => `| \`${property.name}\` | \`${cell(property.default)}\` | ${cell(property.description).replace(/ \(shared token[^)]*\)/, '')} |`),
    '',
    '## Per element',
    '',
    '| custom property | default | element | what it sets |',
    '|---|---|---|---|',
    ...own.map(
      ({ property, tags }) => `| \`${property.name}\` | ${property.default ? `\`${cell(property.default)}\`` : ''} | ${tagList(tags)} | ${cell(property.description)} |`,
    ),
    '',
    '## Parts (`::part(…)`)',
    '',
    '| element | parts |',
    '|---|---|',
    ...elements.map((element) => `| \`<${element.tagName}>\` | ${(element.cssParts ?? []).map((part) => `\`${part.name}\``).join(', ') || '—'} |`),
    '',
    '## Events (all bubble and are composed)',
    '',
    '| element | event | `event.detail` | when |',
    '|---|---|---|---|',
    ...elements.flatMap((element) =>
      (element.events ?? []).map(
        (event) =>
          `| \`<${element.tagName}>\` | \`${event.name}\` | ${event.type ? `\`${cell(event.type.text.replace(/^CustomEvent<(.*)>$/, '$1'))}\`` : ''} | ${cell(event.description)} |`,
      ),
    ),
  ];
  return lines.join('\n');
}

/** A page with its generated reference replaced; unchanged when the markers are missing. */
export function updateReference(page, manifest) {
  const start = '<!-- api:start (generated by `npm run analyze` from custom-elements.json) -->';
  const end = '<!-- api:end -->';
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) return page;
  return `${page.slice(0, from + start.length)}\n${apiReference(manifest)}\n${page.slice(to)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const write = (file, data) => writeFileSync(resolve(root, file), `${JSON.stringify(data, null, 2)}\n`);
  const html = htmlCustomData(manifest);
  const css = cssCustomData(manifest);
  write('vscode.html-custom-data.json', html);
  write('vscode.css-custom-data.json', css);
  const referenceFile = resolve(root, 'docs/theming.md');
  writeFileSync(referenceFile, updateReference(readFileSync(referenceFile, 'utf8'), manifest));
  // The React wrappers and JSX types are generated from this manifest (scripts/generate.js): say when they are stale.
  const generated = spawnSync(process.execPath, ['--import', './scripts/lib/register-ts.js', 'scripts/generate.js', '--check'], { cwd: root, encoding: 'utf8' });
  if (generated.status !== 0) {
    console.error(generated.stderr.trim());
    process.exitCode = 1;
  }
  console.log(
    `editor data: ${html.tags.length} tags, ${html.tags.reduce((sum, tag) => sum + tag.attributes.length, 0)} attributes, ${css.properties.length} CSS properties, ${css.pseudoElements.length} parts`,
  );
}

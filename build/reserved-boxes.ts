/**
 * dist/cdn/mlops-elements.css: an optional stylesheet that gives every element, before its definition
 * arrives (`:not(:defined)`), the box it will render, so that a page that only adds a script tag does not
 * shift when the elements upgrade. Written by the CDN pass from the element registry, the dataset's tools
 * and the heights `npm run measure:boxes` measured in Chromium (build/reserved-boxes.json), one
 * `min-height` per element and viewport breakpoint. Elements whose box is their own light DOM (the term,
 * the auto-terms wrapper, the profile provider) get their display only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The stylesheet's name in dist/cdn/. */
export const reservedBoxesFile = 'mlops-elements.css';

/** Viewport widths (CSS px) the boxes are measured at: phones (320–480), tablets, desktops. */
export const breakpoints = [320, 360, 375, 390, 412, 480, 600, 768, 900, 1024, 1280] as const;

/** Elements whose undefined box is their light DOM: the display they will have, nothing reserved. */
const lightDomDisplay: Readonly<Record<string, string>> = { 'mlops-term': 'inline', 'mlops-auto-terms': 'block', 'mlops-profile': 'contents' };

/**
 * Attributes that change what an element shows (one chart, a filtered grid, another question): the
 * measured box is of the element without them, so it is reserved only when they are absent.
 */
const contentAttributes: Readonly<Record<string, readonly string[]>> = {
  'mlops-demographics': ['chart'],
  'mlops-feedback': ['question', 'scale', 'comment'],
  'mlops-feedback-results': ['src'],
  'mlops-glossary': ['filtertext'],
  'mlops-persona': ['name'],
  'mlops-section': ['section'],
  'mlops-tool-card': ['variant'],
  'mlops-tool-grid': ['tag', 'variant'],
};

/**
 * Attributes whose values are measured one by one, each with a box of its own: a tool card by its tool (the
 * tool's id or name, as the card looks it up), a single chart of the demographics. Boxes are keyed
 * `<tag> <value>`; a card of a tool without a measurement gets the median card.
 */
export const measuredAttributes: Readonly<Record<string, string>> = { 'mlops-tool-card': 'tool', 'mlops-demographics': 'chart' };

/** Measured heights (px) by box key (`<tag>`, or `mlops-tool-card <tool id>`) and breakpoint. */
export interface ReservedBoxes {
  readonly dataSha256: string;
  readonly breakpoints: readonly number[];
  /** The largest gap (px) between the reserved and the rendered height at widths between breakpoints. */
  readonly fit: Readonly<Record<string, number>>;
  readonly boxes: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

interface Tool {
  readonly id: string;
  readonly name: string;
}

/** The tags whose box is measured: every element of the registry whose box is not its light DOM. */
export const reservedTags = (elements: readonly { readonly tag: string }[]): string[] =>
  elements.map((element) => element.tag).filter((tag) => !Object.hasOwn(lightDomDisplay, tag));

const attributeValue = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}" i`;
const undefinedSelector = (tag: string, measuredAttribute?: string): string =>
  `${tag}:not(:defined)${(contentAttributes[tag] ?? [])
    .filter((name) => name !== measuredAttribute)
    .map((name) => `:not([${name}])`)
    .join('')}`;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1] ?? 0;
};

/** The stylesheet: display for every element, then the measured heights by breakpoint. */
export function reservedBoxesCss(elements: readonly { readonly tag: string }[], tools: readonly Tool[], measured: ReservedBoxes): string {
  const tags = reservedTags(elements);
  const rules: string[] = [
    ...Object.entries(lightDomDisplay).map(([tag, display]) => (display === 'inline' ? '' : `${tag}:not(:defined){display:${display}}`)),
    `${tags.map((tag) => `${tag}:not(:defined)`).join(',')}{display:block}`,
  ].filter(Boolean);
  /** Selector → height at one breakpoint. */
  const heightsAt = (width: number): [string, number][] => {
    const at = (key: string): number | undefined => measured.boxes[key]?.[width];
    const rows: [string, number | undefined][] = [];
    for (const tag of tags) {
      const attribute = measuredAttributes[tag];
      if (!attribute || measured.boxes[tag]) rows.push([undefinedSelector(tag), at(tag)]);
      if (!attribute) continue;
      const valueKeys = Object.keys(measured.boxes).filter((key) => key.startsWith(`${tag} `));
      const base = undefinedSelector(tag, attribute);
      if (!measured.boxes[tag]) rows.push([base, median(valueKeys.map((key) => measured.boxes[key][width]))]);
      for (const key of valueKeys) {
        const value = key.slice(tag.length + 1);
        const tool = tag === 'mlops-tool-card' ? tools.find((each) => each.id === value) : undefined;
        const aliases = [...new Set([value, ...(tool ? [tool.name] : [])])].map((alias) => `[${attribute}=${attributeValue(alias)}]`);
        rows.push([`${base}:is(${aliases.join(',')})`, at(key)]);
      }
    }
    return rows.filter((row): row is [string, number] => typeof row[1] === 'number' && row[1] > 0);
  };
  // Each breakpoint states only the heights that differ from the one below it.
  const previous = new Map<string, number>();
  measured.breakpoints.forEach((width, index) => {
    const changed = heightsAt(width).filter(([selector, height]) => previous.get(selector) !== height);
    for (const [selector, height] of changed) previous.set(selector, height);
    // Selectors of one height share a rule (the tool cards mostly do).
    const byHeight = new Map<number, string[]>();
    for (const [selector, height] of changed) byHeight.set(height, [...(byHeight.get(height) ?? []), selector]);
    const block = [...byHeight].map(([height, selectors]) => `${selectors.join(',')}{min-height:${height}px}`).join('');
    if (block) rules.push(index === 0 ? block : `@media(min-width:${width}px){${block}}`);
  });
  return `/* mlops-elements: each element's box until its script defines it (optional; generated by the build) */\n${rules.join('\n')}\n`;
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** Emits dist/cdn/mlops-elements.css in the CDN pass; warns when the measurements are of other data. */
export function reservedBoxes(root: string, elements: readonly { readonly tag: string }[]): Plugin {
  return {
    name: 'mlops-reserved-boxes',
    apply: 'build',
    generateBundle() {
      const dataBytes = readFileSync(join(root, 'data/mlops.json'));
      const measurementsFile = join(root, 'build/reserved-boxes.json');
      const measured: ReservedBoxes = existsSync(measurementsFile)
        ? JSON.parse(readFileSync(measurementsFile, 'utf8'))
        : { dataSha256: '', breakpoints: [], fit: {}, boxes: {} };
      if (measured.dataSha256 !== sha256(dataBytes)) this.warn('build/reserved-boxes.json was measured with other data: run `npm run measure:boxes`.');
      const tools: Tool[] = JSON.parse(dataBytes.toString('utf8')).tools.items;
      this.emitFile({ type: 'asset', fileName: reservedBoxesFile, source: reservedBoxesCss(elements, tools, measured) });
    },
  };
}

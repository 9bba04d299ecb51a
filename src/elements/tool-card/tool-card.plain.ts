/**
 * `<mlops-tool-card>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): an `<article>`
 * with the tool's name, category, description and tags. The tool grid draws its cards with it too.
 */
import { findTool, suggestTool } from '../../data/tools.js';
import type { Tool } from '../../data/types.js';
import { el, heading, type Markup } from '../../render/html.js';
import { attribute, type LocatedElement } from '../../render/parse.js';
import { fallbackOrMessage, headingLevel, ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { toolCardStrings } from './tool-card.strings.js';

export function toolArticle(job: RenderJob, tool: Tool, level: number, strings: typeof toolCardStrings, attributes: Record<string, string | undefined> = {}): Markup {
  job.showTool(tool);
  return el(
    'article',
    attributes,
    heading(level, {}, tool.name),
    el('p', {}, strings.categoryPrefix, tool.category),
    el('p', {}, tool.description),
    el(
      'ul',
      { 'aria-label': strings.tagsLabel },
      tool.tags.map((tag) => el('li', {}, tag)),
    ),
  );
}

/** The card's checked `heading-level` and `variant` (plain HTML shows the full card for either variant). */
export function cardLevel(job: RenderJob, element: LocatedElement, strings: typeof toolCardStrings): number {
  const variant = attribute(element, 'variant');
  if (variant !== undefined && !['full', 'compact'].includes(variant.trim().toLowerCase())) {
    job.problem(element, strings.invalidVariant(variant), 'full');
  }
  return headingLevel(job, element, 3, strings.invalidHeadingLevel);
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const strings = job.strings(element, 'toolCard', toolCardStrings);
  const tools = job.profile.tools.items;
  const key = attribute(element, 'tool') ?? '';
  const level = cardLevel(job, element, strings);
  const tool = findTool(key, tools);
  if (tool) return job.replace(element, toolArticle(job, tool, level, strings, ownAttributes(element)));
  if (!key.trim()) {
    job.problem(element, strings.missingTool);
    return fallbackOrMessage(job, element, strings.missingTool);
  }
  const suggestion = suggestTool(key, tools);
  job.problem(element, strings.unknownTool(key), suggestion);
  const hint = suggestion ? strings.didYouMean(suggestion) : strings.availableTools(tools.map((item) => item.name));
  fallbackOrMessage(job, element, `${strings.unknownTool(key)} ${hint}`);
};

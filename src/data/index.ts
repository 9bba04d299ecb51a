/**
 * The bundled MLOps profile and typed lookups. Each accessor reads one top-level slice of the JSON
 * through a named import, so a bundle that only looks up terms does not carry the tool catalogue.
 * The JSON was validated against the zod schema at build time (scripts/validate-data.js), which is
 * why the casts below are safe and zod stays out of the runtime bundle.
 */
import {
  age as ageJson,
  feedback as feedbackJson,
  gender as genderJson,
  name as nameJson,
  platforms as platformsJson,
  shortName as shortNameJson,
  terminology as terminologyJson,
  tools as toolsJson,
} from '../../data/mlops.json';
import { findByName, suggestName } from './lookup.js';
import type { PlatformDistribution, Profile, Share, Term, Tool } from './types.js';

export type * from './types.js';
export { findByName, normalizeKey, slugify, suggestName } from './lookup.js';

export const bundledProfileName: string = nameJson;
export const bundledShortName: string = shortNameJson;
export const bundledTerminology = terminologyJson as readonly Term[];
export const bundledTools = toolsJson.items as readonly Tool[];
export const bundledPlatforms = platformsJson as PlatformDistribution;
export const bundledGender = genderJson as readonly Share[];
export const bundledAge = ageJson as readonly Share[];
export const bundledFeedbackQuestion: string = feedbackJson.question;

const termNames = (term: Term) => [term.insider, term.outsider];
const toolNames = (tool: Tool) => [tool.name];

/** A term by id (`model-drift`), insider name (`Model Drift`) or outsider phrase, case-insensitive. */
export function findTerm(key: string | null | undefined, terms: readonly Term[] = bundledTerminology): Term | undefined {
  return findByName(terms, key, termNames);
}

/** The insider name closest to a key that matched no term ("did you mean Model Drift?"). */
export function suggestTerm(key: string | null | undefined, terms: readonly Term[] = bundledTerminology): string | undefined {
  return suggestName(terms, key, termNames, (term) => term.insider);
}

/** A tool by id (`mlflow`) or name (`MLflow`), case-insensitive. */
export function findTool(key: string | null | undefined, tools: readonly Tool[] = bundledTools): Tool | undefined {
  return findByName(tools, key, toolNames);
}

/** The tool name closest to a key that matched no tool ("did you mean MLflow?"). */
export function suggestTool(key: string | null | undefined, tools: readonly Tool[] = bundledTools): string | undefined {
  return suggestName(tools, key, toolNames, (tool) => tool.name);
}

/** Tools carrying every one of the given tags (case-insensitive); all tools when no tag is given. */
export function filterToolsByTags(tags: readonly string[], tools: readonly Tool[] = bundledTools): Tool[] {
  const wanted = tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  return tools.filter((tool) => wanted.every((tag) => tool.tags.some((own) => own.toLowerCase() === tag)));
}

/** The share of the platform distribution that the seed itemises; the rest is unknown. */
export function itemisedPercent(platforms: PlatformDistribution = bundledPlatforms): number {
  return platforms.items.reduce((sum, platform) => sum + platform.percent, 0);
}

/** The whole bundled profile, for tools and tests; elements import slices instead. */
export async function loadBundledProfile(): Promise<Profile> {
  const module = await import('../../data/mlops.json');
  return module.default as Profile;
}

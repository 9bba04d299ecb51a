/** The bundled tool catalogue and tool lookups. Imports only the tools of the dataset. */
import { tools } from './bundled/tools.js';
import { findByName, suggestName } from './lookup.js';
import type { Profile, Tool } from './types.js';

/** The catalogue with its page counts (the seed shows page 1 of 3 of its tool list). */
export const bundledToolCatalogue: Profile['tools'] = tools;
export const bundledTools: readonly Tool[] = bundledToolCatalogue.items;

const toolNames = (tool: Tool) => [tool.name];

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

/**
 * `mlops-elements/markdown-it`: the same as `mlops-elements/rehype` for markdown-it (Eleventy's
 * Markdown, VitePress): `md.use(markdownItMlopsElements, options)`. It post-processes what
 * `md.render()` writes: auto-terms, then the static renderer. A page opts out of auto-terms with
 * `mlopsTerms: false` in its front matter, read from markdown-it's `env` (VitePress puts the front
 * matter at `env.frontmatter`, Eleventy passes the page's data as `env`).
 */
// markdown-it calls its plugins and renders synchronously: the server renderer and the element
// classes are loaded with the plugin (@lit-labs/ssr, through dsd.js, before the elements).
import { renderElementSource } from '../render/dsd.js';
import '../define/all.js';
import '../define/mlops-profile-page.js';
// What the profile page loads on demand, registered before the first synchronous render.
import '../define/mlops-platforms.js';
import { setServerRender } from '../render/server-render.js';
import { frontMatterOf, pluginSettings, transformHtmlSync, type MlopsPluginOptions } from './core.js';

export type { MlopsPluginOptions } from './core.js';

/** The part of a markdown-it instance the plugin uses. */
export interface MarkdownItLike {
  render(source: string, env?: unknown): string;
}

setServerRender(renderElementSource);

/** The markdown-it plugin: `md.use(markdownItMlopsElements, options)`. Options are checked here, once. */
export default function markdownItMlopsElements(md: MarkdownItLike, options: MlopsPluginOptions = {}): void {
  const settings = pluginSettings(options);
  const render = md.render.bind(md);
  md.render = (source, env) => {
    const result = transformHtmlSync(render(source, env), settings, frontMatterOf(env));
    const page = (env as { relativePath?: string; page?: { inputPath?: string } } | undefined) ?? {};
    for (const problem of result.problems) {
      console.warn(
        `mlops-elements: ${page.relativePath ?? page.page?.inputPath ?? '(markdown)'}: ${problem.message}${problem.suggestion ? ` (did you mean ${problem.suggestion}?)` : ''}`,
      );
    }
    return result.html;
  };
}

/**
 * `mlops-elements/eleventy`: an Eleventy 3 plugin. `eleventyConfig.addPlugin(eleventyMlopsElements, options)`
 * adds a transform over every HTML output (auto-terms, then the static renderer), a paired shortcode
 * `{% mlops %}…{% endmlops %}` that renders the elements in its content, and, once per page that
 * still has elements for the browser (terms, hydrating elements), the script tag that loads them;
 * the CDN files are copied to the site's output. A page opts out of auto-terms with `mlopsTerms: false`
 * in its front matter.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeAttribute } from '../render/html.js';
import { pluginSettings, transformHtml, type MlopsPluginOptions, type RenderProblem } from './core.js';

export type { MlopsPluginOptions } from './core.js';

export interface MlopsEleventyOptions extends MlopsPluginOptions {
  /**
   * Where the site serves the CDN files (copied there after each build), and so the script tag's
   * folder. Default `/assets/mlops-elements/`; false adds no script and copies nothing.
   */
  scriptPath?: string | false;
}

/** The part of Eleventy's configuration API the plugin uses. */
export interface EleventyConfigLike {
  addTransform(name: string, transform: (this: { page?: { inputPath?: string; outputPath?: string | false } }, content: string) => unknown): void;
  addPairedShortcode(name: string, shortcode: (content: string) => Promise<string>): void;
  addPreprocessor?(name: string, extensions: string, preprocessor: (data: { page?: { inputPath?: string }; mlopsTerms?: unknown }, content: string) => unknown): void;
  on(event: 'eleventy.after', listener: (event: { dir: { output: string } }) => unknown): void;
}

// Beside this module in the package: dist/plugins/ → dist/cdn/.
const CDN_FILES = fileURLToPath(new URL(/* @vite-ignore */ '../cdn/', import.meta.url));

/** The script before `</head>` (else `</body>`, else at the end), unless the page already loads it. */
function withScript(html: string, src: string): string {
  if (html.includes(`src="${src}"`)) return html;
  const tag = `<script type="module" src="${escapeAttribute(src)}"></script>`;
  const at = html.search(/<\/head>/i) >= 0 ? html.search(/<\/head>/i) : html.search(/<\/body>/i);
  return at >= 0 ? `${html.slice(0, at)}${tag}\n${html.slice(at)}` : `${html}\n${tag}`;
}

function report(where: string, problems: RenderProblem[]): void {
  for (const { line, col, message, suggestion } of problems)
    console.warn(`mlops-elements: ${where}:${line}:${col} ${message}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
}

/** The Eleventy plugin. Options are checked when the configuration loads. */
export default function eleventyMlopsElements(eleventyConfig: EleventyConfigLike, options: MlopsEleventyOptions = {}): void {
  const { scriptPath = '/assets/mlops-elements/', ...pluginOptions } = options;
  const settings = pluginSettings(pluginOptions);
  // Front matter is not visible to a transform: each page's `mlopsTerms` is noted while it is read.
  const pageTerms = new Map<string, unknown>();
  eleventyConfig.addPreprocessor?.('mlops-elements', '*', (data) => {
    if (data.page?.inputPath && data.mlopsTerms !== undefined) pageTerms.set(data.page.inputPath, data.mlopsTerms);
  });

  eleventyConfig.addTransform('mlops-elements', async function (content) {
    const page = this.page ?? {};
    if (typeof page.outputPath !== 'string' || !page.outputPath.endsWith('.html')) return content;
    const frontMatter = page.inputPath && pageTerms.has(page.inputPath) ? { mlopsTerms: pageTerms.get(page.inputPath) } : undefined;
    const result = await transformHtml(content, settings, frontMatter);
    report(page.outputPath, result.problems);
    // Terms and server-rendered elements upgrade when the page loads the elements.
    return scriptPath !== false && /<mlops-[a-z]/.test(result.html) ? withScript(result.html, `${scriptPath.replace(/\/?$/, '/')}mlops-elements.js`) : result.html;
  });

  // {% mlops %}<mlops-tool-card tool="mlflow"></mlops-tool-card>{% endmlops %}; the page's transform adds its JSON-LD.
  eleventyConfig.addPairedShortcode('mlops', async (content) => {
    if (settings.mode === 'none') return content;
    const result = await transformHtml(content, { ...settings, autoTerms: false, render: { ...settings.render, jsonLd: false } });
    report('{% mlops %}', result.problems);
    return result.html;
  });

  if (scriptPath !== false && /^\//.test(scriptPath)) {
    eleventyConfig.on('eleventy.after', ({ dir }) => cp(CDN_FILES, join(dir.output, scriptPath), { recursive: true }));
  }
}

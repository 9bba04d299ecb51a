// Type-checked by `npm run typecheck`, never run: the build plugins fit unified's and markdown-it's own types, as an
// app's TypeScript sees them (`.use(plugin, options)` with the options checked).
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import MarkdownIt from 'markdown-it';
import rehypeMlopsElements from '../../src/plugins/rehype.js';
import markdownItMlopsElements from '../../src/plugins/markdown-it.js';

export const file = await unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeMlopsElements, { mode: 'plain', autoTerms: 'first', glossaryHref: '/glossary/' })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .process('x');
export const md = new MarkdownIt().use(markdownItMlopsElements, { autoTerms: 'all' });

// @ts-expect-error: autoTerms is 'first', 'all' or false
unified().use(rehypeMlopsElements, { autoTerms: true });

// The shared term matcher cases on the trees the static renderer and the build plugins read: parse5's (the
// renderer, markdown-it, Eleventy) and hast (the rehype plugin).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { fromHtml, hastTermTree } from '../../src/plugins/hast.ts';
import { htmlTermTree } from '../../src/render/parse.ts';
import { termMatcherSuite } from '../shared/term-matcher.cases.ts';

const host = { describe, it, equal: (actual, expected, message) => assert.deepEqual(actual, expected, message) };

termMatcherSuite({ ...host, treeName: 'parse5', parse: (html) => ({ root: parseFragment(html, { sourceCodeLocationInfo: true }), tree: htmlTermTree }) });

termMatcherSuite({ ...host, treeName: 'hast', parse: (html) => ({ root: { type: 'root', children: fromHtml(html) }, tree: hastTermTree }) });

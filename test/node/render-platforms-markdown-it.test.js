// The markdown-it plugin renders synchronously, with nothing loaded before it (a file of its own, so no
// other test has registered the elements): the platform cards the profile page loads on demand must
// be registered by the plugin itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import markdownItMlopsElements from '../../src/plugins/markdown-it.ts';
import { textOf } from './fixtures/render/helpers.js';

test('dsd through markdown-it: the profile page has its platform cards, with every platform fact of the seed', () => {
  const md = new MarkdownIt({ html: true }).use(markdownItMlopsElements, { mode: 'dsd', jsonLd: false });
  const text = textOf(md.render('<mlops-profile-page></mlops-profile-page>\n'));
  for (const fact of [
    'Slack is widely used for professional, technical, and MLOps-specific communities',
    'Messaging & Chat',
    'Creative Communities',
    'Professional Settings',
  ])
    assert.ok(text.includes(fact), `shows "${fact}"`);
  assert.ok(text.includes('Category Professional Settings Setting offline'));
});

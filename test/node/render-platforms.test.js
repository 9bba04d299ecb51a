// <mlops-platforms> and the profile page's platform cards in the static renderer's two modes: every
// platform fact of the seed (description, category, online/offline) is in the page without script.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elementsOf, renderDocument, textOf } from './fixtures/render/helpers.js';

/** The seed's platform facts that no element showed before <mlops-platforms>. */
const SEED_FACTS = [
  'Slack is widely used for professional, technical, and MLOps-specific communities',
  'Messaging & Chat',
  'online',
  'Creative Communities',
  'Professional Settings',
  'offline',
];

for (const mode of ['dsd', 'plain']) {
  for (const markup of ['<mlops-platforms></mlops-platforms>', '<mlops-profile-page></mlops-profile-page>']) {
    const tag = /<([a-z-]+)/.exec(markup)[1];
    test(`${mode}: <${tag}> shows every platform fact of the seed and the not-itemised remainder`, async () => {
      const { html, problems } = await renderDocument(markup, { mode, jsonLd: false });
      assert.deepEqual(problems, []);
      const text = textOf(html);
      for (const fact of SEED_FACTS) assert.ok(text.includes(fact), `shows "${fact}"`);
      // Each platform's category and setting together, on its card ("online" alone is common in prose).
      for (const [category, setting] of [
        ['Messaging & Chat', 'online'],
        ['Creative Communities', 'online'],
        ['Professional Settings', 'offline'],
      ])
        assert.ok(text.includes(`Category ${category} Setting ${setting}`), `${category}, ${setting}`);
      for (const name of ['Slack', 'GitHub', 'Conferences & Trade Shows']) assert.ok(text.includes(name), `names ${name}`);
      assert.match(text, /The other 40 % is not itemised in the source, which shows only page 1 of 3 of the platform list\./);
      if (mode === 'plain') assert.ok(!elementsOf(html).some((element) => element.tagName.includes('-')), 'no custom element left');
    });
  }
}

test('plain: one card per platform, in the order of the source: name, share, description, category and setting', async () => {
  const { html } = await renderDocument('<mlops-platforms heading-level="2" id="where"></mlops-platforms>', { mode: 'plain', jsonLd: false });
  const [section] = elementsOf(html);
  assert.equal(section.tagName, 'section');
  assert.deepEqual(section.attrs, [{ name: 'id', value: 'where' }]);
  const cards = elementsOf(html).filter((element) => element.tagName === 'li');
  assert.equal(cards.length, 3);
  const card = (li) => li.childNodes.filter((node) => node.tagName).map((node) => node.tagName);
  assert.deepEqual(card(cards[0]), ['h3', 'p', 'p', 'dl']);
  assert.deepEqual(
    elementsOf(html)
      .filter((element) => element.tagName === 'h3')
      .map((heading) => heading.childNodes[0].value),
    ['Slack', 'GitHub', 'Conferences & Trade Shows'],
  );
  assert.match(textOf(html), /Share of the community: 25 %.*Category Messaging & Chat Setting online/);
});

test('plain: a bad heading-level is a problem with the fallback, as the element reports it', async () => {
  const { problems, html } = await renderDocument('<mlops-platforms heading-level="nine"></mlops-platforms>', { mode: 'plain', jsonLd: false });
  assert.deepEqual(
    problems.map((problem) => [problem.tag, problem.suggestion]),
    [['mlops-platforms', '3']],
  );
  assert.ok(elementsOf(html).some((element) => element.tagName === 'h3'));
});

test('plain: the profile page gives its platform cards the id #platforms under "Statistics & demographics"', async () => {
  const { html } = await renderDocument('<mlops-profile-page></mlops-profile-page>', { mode: 'plain', jsonLd: false });
  const statistics = elementsOf(html).find((element) => element.attrs.some((attr) => attr.name === 'id' && attr.value === 'statistics'));
  const ids = statistics.childNodes.filter((node) => node.tagName).map((node) => node.attrs.find((attr) => attr.name === 'id')?.value);
  assert.ok(ids.includes('platforms') && ids.includes('divides'), `ids under statistics: ${ids}`);
  assert.ok(ids.indexOf('platforms') < ids.indexOf('divides'));
});

// The elements' wording and numbers in the page's language: `strings` gives one render the translations
// a page registers in the browser, in dsd mode (server-rendered elements, nested ones too) as in plain
// mode; the element's own or nearest `lang`, or the `lang` option, picks the language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderDocument, textOf } from './fixtures/render/helpers.js';

const german = {
  demographics: { showTable: 'Tabelle zeigen', notItemised: 'Nicht aufgeschlüsselt', titles: { platforms: 'Plattformen', gender: 'Geschlecht', age: 'Alter' } },
};
const page = (body, lang = 'de') => `<!doctype html><html lang="${lang}"><head><title>Seite</title></head><body>${body}</body></html>`;
const render = async (html, options) => textOf((await renderDocument(html, { jsonLd: false, ...options })).html);
const count = (text, part) => text.split(part).length - 1;

test('dsd: a page in a language with translations renders in it, numbers in its digits, nested elements too', async () => {
  const text = await render(page('<mlops-demographics chart="age"></mlops-demographics><mlops-profile-page></mlops-profile-page>'), {
    mode: 'dsd',
    strings: { de: german },
  });
  // One chart of its own, and the profile page's three.
  assert.equal(count(text, 'Tabelle zeigen'), 4);
  assert.equal(count(text, 'Show table'), 0);
  assert.ok(text.includes('Nicht aufgeschlüsselt'));
  assert.match(text, /0,5\s%/);
  assert.doesNotMatch(text, /0\.5\s%/);
});

test('plain: the same translations', async () => {
  const text = await render(page('<mlops-demographics></mlops-demographics>'), { mode: 'plain', strings: { de: german } });
  for (const wording of ['Plattformen', 'Geschlecht', 'Alter', 'Nicht aufgeschlüsselt']) assert.ok(text.includes(wording), wording);
  assert.match(text, /0,5\s%/);
});

test('the translations are for that render only: registered nowhere, the next render without them is in English', async () => {
  const html = page('<mlops-demographics chart="platforms"></mlops-demographics>');
  await render(html, { mode: 'dsd', strings: { de: german } });
  for (const mode of ['dsd', 'plain']) {
    const text = await render(html, { mode });
    assert.ok(text.includes('Not itemised'), mode);
    assert.ok(!text.includes('Nicht aufgeschlüsselt'), mode);
  }
});

test('the element’s own lang, then the nearest one, chooses the language as in the browser; the lang option overrides both', async () => {
  const html = page(
    '<div lang="de"><mlops-demographics chart="age"></mlops-demographics></div><mlops-demographics chart="gender" lang="en-GB"></mlops-demographics>',
    'en',
  );
  for (const mode of ['dsd', 'plain']) {
    const text = await render(html, { mode, strings: { de: german } });
    assert.ok(text.includes('Alter') && text.includes('Gender') && !text.includes('Geschlecht'), mode);
    const overridden = await render(html, { mode, strings: { de: german }, lang: 'de' });
    assert.ok(overridden.includes('Alter') && overridden.includes('Geschlecht'), `${mode} with lang: 'de'`);
  }
});

test('strings must be translations by language, refused before anything is rendered', async () => {
  for (const strings of ['de', null, { de: 'Tabelle zeigen' }]) {
    await assert.rejects(renderDocument('<p></p>', { strings }), /strings must be an object of translations by language/);
  }
});

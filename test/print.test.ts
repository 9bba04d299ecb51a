import { expect, fixture, html } from '@open-wc/testing';
import { bundledAge } from '../src/data/index.js';
import '../src/define/mlops-demographics.js';
import '../src/define/mlops-feedback.js';
import '../src/define/mlops-glossary.js';
import '../src/define/mlops-profile-page.js';
import '../src/define/mlops-term.js';
import '../src/define/mlops-tool-card.js';
import type { MlopsTerm } from '../src/elements/term/term.js';
import { shadow, text } from './helpers/dom.js';
import { emulatesPrint, startPrinting, stopPrinting } from './helpers/print.js';
import { featureStore, modelDrift, bubbleOf, openBubble, parkMouse } from './helpers/term.js';
import { settle } from './helpers/wait.js';

const displayOf = (node: Element) => getComputedStyle(node).display;
// Not the box alone: a closed <details> keeps its content laid out for layout queries but shows none of it.
const isShown = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().height > 0;
/**
 * The text generated after an element ("1"; none: ""). Engines write the computed `content` their own
 * way: Chromium as one string, WebKit as its strings one by one, Firefox with `attr()` unresolved
 * (read here from the attribute, as Firefox does when it draws it).
 */
const after = (node: Element) =>
  [...getComputedStyle(node, '::after').content.matchAll(/"((?:[^"\\]|\\.)*)"|attr\(([\w-]+)\)/g)]
    .map(([, quoted, name]) => (quoted === undefined ? (node.getAttribute(name) ?? '') : quoted.replace(/\\(.)/g, '$1')))
    .join('');
const noteText = (term: typeof modelDrift) => `${term.insider} — ${term.explanation} Outsiders say: ${term.outsider}`;

afterEach(async () => {
  await stopPrinting();
  await parkMouse();
});

describe('print: charts', () => {
  it('prints a chart with its table, numbers included, and without its "Show table" control; the screen gets both back after', async () => {
    const el = await fixture(html`<mlops-demographics chart="age"></mlops-demographics>`);
    await settle(el);
    const root = shadow(el);
    const table = root.querySelector('table')!;
    const toggle = root.querySelector('summary')!;
    expect(isShown(table), 'table on screen before printing').to.be.false;

    await startPrinting();
    expect(displayOf(toggle)).to.equal('none');
    expect(isShown(table), 'table on paper').to.be.true;
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows).to.deep.equal(bundledAge.map((share) => [share.label, `${share.percent} %`]));
    for (const button of root.querySelectorAll('button')) expect(displayOf(button)).to.equal('none');

    await stopPrinting();
    expect(isShown(table), 'table on screen after printing').to.be.false;
    expect(displayOf(toggle)).not.to.equal('none');
  });
});

describe('print: prompts, navigation and cards', () => {
  it('does not print the feedback prompt', async () => {
    const el = await fixture(html`<mlops-feedback></mlops-feedback>`);
    await settle(el);
    await startPrinting();
    expect(displayOf(el)).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    await stopPrinting();
    expect(displayOf(el)).to.equal('block');
  });

  it("leaves out the glossary's A–Z index and filter box, and keeps its entries", async () => {
    const el = await fixture(html`<mlops-glossary></mlops-glossary>`);
    await settle(el);
    await startPrinting();
    const root = shadow(el);
    expect(displayOf(root.querySelector('[part=index]')!)).to.equal('none');
    expect(displayOf(root.querySelector('[part=filter]')!)).to.equal('none');
    expect(isShown(root.querySelector(`[id="${modelDrift.id}"]`)!)).to.be.true;
  });

  it("leaves out the profile page's table of contents and its feedback prompt, and prints its charts' tables", async () => {
    const el = await fixture(html`<mlops-profile-page></mlops-profile-page>`);
    await settle(el);
    await startPrinting();
    const root = shadow(el);
    expect(displayOf(root.querySelector('[part=toc]')!)).to.equal('none');
    const charts = root.querySelector('mlops-demographics');
    expect(charts, 'the page shows charts').to.exist;
    for (const table of shadow(charts!).querySelectorAll('table')) expect(isShown(table)).to.be.true;
    const prompt = root.querySelector('mlops-feedback');
    if (prompt) expect(displayOf(prompt)).to.equal('none');
  });

  it('prints a card without the shadow the page themed it with', async () => {
    const el = await fixture(html`<mlops-tool-card tool="mlflow" style="--mlops-tool-card-shadow: 0 4px 12px black"></mlops-tool-card>`);
    await settle(el);
    const card = shadow(el).querySelector('.card')!;
    expect(getComputedStyle(card).boxShadow).not.to.equal('none');
    await startPrinting();
    expect(getComputedStyle(card).boxShadow).to.equal('none');
  });
});

describe('print: terms', () => {
  async function page(): Promise<{ article: HTMLElement; inArticle: MlopsTerm[]; outside: MlopsTerm }> {
    const host = await fixture(html`<div>
      <article>
        <p>
          Watch for <mlops-term term="model-drift">drift</mlops-term>, keep a <mlops-term>feature store</mlops-term>, and mind
          <mlops-term term="model-drift">model drift</mlops-term> again.
        </p>
      </article>
      <p>Outside: <mlops-term term="feature-store">stores</mlops-term>.</p>
    </div>`);
    const terms = [...host.querySelectorAll<MlopsTerm>('mlops-term')];
    await Promise.all(terms.map((term) => term.updateComplete));
    return { article: host.querySelector('article')!, inArticle: terms.slice(0, 3), outside: terms[3] };
  }

  const notesOf = (article: Element) => [...article.querySelectorAll('.mlops-notes li')].map(text);

  it('numbers the terms of an article in order and prints their explanations as notes at its end; one outside an article, in brackets', async () => {
    const { article, inArticle, outside } = await page();
    await startPrinting();
    // A term used twice in one article has one note.
    expect(inArticle.map((term) => term.getAttribute('data-mlops-note'))).to.deep.equal(['1', '2', '1']);
    expect(inArticle.map(after)).to.deep.equal(['1', '2', '1']);
    expect(article.lastElementChild!.matches('section.mlops-notes')).to.be.true;
    expect(notesOf(article)).to.deep.equal([noteText(modelDrift), noteText(featureStore)]);
    expect(after(outside)).to.equal(` (${featureStore.explanation})`);
    if (emulatesPrint) expect(isShown(article.querySelector('.mlops-notes')!)).to.be.true;

    await stopPrinting();
    expect(article.querySelector('.mlops-notes')).to.be.null;
    for (const term of [...inArticle, outside]) {
      expect(term.hasAttribute('data-mlops-note') || term.hasAttribute('data-mlops-gloss')).to.be.false;
      expect(after(term)).to.equal('');
    }
  });

  it('makes the notes once however printing is announced, and anew for each print', async () => {
    const { article } = await page();
    for (let print = 0; print < 2; print++) {
      // beforeprint and print media both say that printing starts; afterprint and screen media that it ended.
      dispatchEvent(new Event('beforeprint'));
      await startPrinting();
      expect(article.querySelectorAll('.mlops-notes').length).to.equal(1);
      expect(notesOf(article)).to.deep.equal([noteText(modelDrift), noteText(featureStore)]);
      await stopPrinting();
      dispatchEvent(new Event('afterprint'));
      expect(article.querySelector('.mlops-notes')).to.be.null;
    }
  });

  it('never shows the notes on screen, and hides an open bubble on paper', async () => {
    const { article, inArticle } = await page();
    const bubble = await openBubble(inArticle[0]);
    dispatchEvent(new Event('beforeprint'));
    try {
      const notes = article.querySelector('.mlops-notes')!;
      expect(notes).to.exist;
      // A print announced on a screen (the print dialog over the page): the lists are for paper only.
      expect(displayOf(notes)).to.equal('none');
      expect(after(inArticle[0])).to.equal('');
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
    await startPrinting();
    expect(displayOf(bubbleOf(inArticle[0])!)).to.equal('none');
    await stopPrinting();
    expect(displayOf(bubble)).to.equal('block');
  });
});

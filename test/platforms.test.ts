import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/mlops-demographics.js';
import '../src/define/mlops-platforms.js';
import '../src/define/mlops-profile.js';
import '../src/define/mlops-profile-page.js';
import { bundledPlatforms } from '../src/data/index.js';
import type { MlopsDemographics } from '../src/elements/demographics/demographics.js';
import type { MlopsPlatforms } from '../src/elements/platforms/platforms.js';
import type { MlopsProfile } from '../src/elements/profile/profile.js';
import type { MlopsProfilePage } from '../src/elements/profile-page/profile-page.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { darkPage } from './helpers/colours.js';
import { shadow, text } from './helpers/dom.js';
import { fixtureWithProfile } from './helpers/profile.js';
import { settle } from './helpers/wait.js';
import { withWarnings } from './helpers/warnings.js';

// <mlops-platforms>: the seed's platforms as cards (share, description, category, online/offline),
// the not-itemised remainder, and the chart bar that leads to its card.

/** The platform facts of the seed that no element showed before this one. */
const SEED_FACTS = [
  'Slack is widely used for professional, technical, and MLOps-specific communities',
  'Messaging & Chat',
  'online',
  'Creative Communities',
  'Professional Settings',
  'offline',
];
const REMAINDER = 'The other 40 % is not itemised in the source, which shows only page 1 of 3 of the platform list.';

const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="item"]')];
/** A card as a reader meets it: name, share, description, category, setting. */
const cardText = (card: Element) => [...card.querySelectorAll('h1, h2, h3, h4, h5, h6, .share, [part="text"], dd')].map(text);
const bars = (chart: MlopsDemographics) => [...shadow(chart).querySelectorAll<SVGGElement>('[role="option"]')];
const revealed = (el: Element) => text(shadow(el).querySelector('[part~="revealed"] h3, [part~="revealed"] h4'));

async function platforms(markup = html`<mlops-platforms></mlops-platforms>`): Promise<MlopsPlatforms> {
  const host = await fixture<HTMLElement>(markup);
  const el = (host.matches('mlops-platforms') ? host : host.querySelector('mlops-platforms')) as MlopsPlatforms;
  await settle(host);
  return el;
}

describe('<mlops-platforms>: what it shows', () => {
  it('shows each itemised platform as a card, in the order of the source, and the not-itemised rest; axe-clean', async () => {
    const el = await platforms();
    expect(text(shadow(el).querySelector('h3'))).to.equal('Platforms');
    expect(cards(el).map(cardText)).to.deep.equal(
      bundledPlatforms.items.map((platform) => [
        platform.name,
        `Share of the community: ${platform.percent} %`,
        platform.description,
        platform.category,
        platform.setting,
      ]),
    );
    expect(cards(el).map((card) => card.querySelector('h4')?.textContent)).to.deep.equal(['Slack', 'GitHub', 'Conferences & Trade Shows']);
    expect(text(shadow(el).querySelector('[part="note"]'))).to.equal(REMAINDER);
    for (const fact of SEED_FACTS) expect(text(shadow(el)), fact).to.contain(fact);
    expect(cards(el).map((card) => text(card.querySelector('.share')))).to.deep.equal([
      'Share of the community: 25 %',
      'Share of the community: 20 %',
      'Share of the community: 15 %',
    ]);
    await expect(el).to.be.accessible();
  });

  it('honours heading-level: the title at that level, the platforms one deeper', async () => {
    const el = await platforms(html`<mlops-platforms heading-level="2"></mlops-platforms>`);
    expect(text(shadow(el).querySelector('h2'))).to.equal('Platforms');
    expect([...shadow(el).querySelectorAll('h3')].map(text)).to.deep.equal(['Slack', 'GitHub', 'Conferences & Trade Shows']);
  });

  it('shows a provided dataset: its platforms, and no not-itemised sentence when they add up to 100 %', async () => {
    const items = [
      { id: 'forum', name: 'Forum', percent: 60, description: 'A forum.', category: 'Discussion', setting: 'online' as const },
      { id: 'meetups', name: 'Meetups', percent: 40, description: 'In person.', category: 'Local', setting: 'offline' as const },
    ];
    const el = await fixtureWithProfile<MlopsPlatforms>({ platforms: { items, pagesShown: 1, pagesTotal: 1 } }, html`<mlops-platforms></mlops-platforms>`);
    await el.updateComplete;
    expect(cards(el).map(cardText)).to.deep.equal([
      ['Forum', 'Share of the community: 60 %', 'A forum.', 'Discussion', 'online'],
      ['Meetups', 'Share of the community: 40 %', 'In person.', 'Local', 'offline'],
    ]);
    expect(shadow(el).querySelector('[part="note"]')).to.equal(null);
  });

  it('renders hostile strings of a dataset as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const items = [{ id: 'x', name: hostile, percent: 10, description: hostile, category: hostile, setting: 'constructor' as 'online' }];
    const el = await fixtureWithProfile<MlopsPlatforms>({ platforms: { items, pagesShown: 1, pagesTotal: 2 } }, html`<mlops-platforms></mlops-platforms>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(cardText(cards(el)[0])).to.deep.equal([hostile, 'Share of the community: 10 %', hostile, hostile, 'constructor']);
    expect(text(shadow(el).querySelector('[part="note"]'))).to.equal('The other 90 % is not itemised in the source, which shows only page 1 of 2 of the platform list.');
  });
});

describe('<mlops-platforms>: bad input', () => {
  it('a malformed heading-level: headings at level 3, a warning and mlops-error with the fallback', async () => {
    const errors: MlopsErrorDetail[] = [];
    const warnings = await withWarnings(async (warned) => {
      const el = await platforms(
        html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}><mlops-platforms heading-level="nine"></mlops-platforms></div>`,
      );
      expect(text(shadow(el).querySelector('h3'))).to.equal('Platforms');
      await expect(el).to.be.accessible();
      return warned;
    });
    expect(errors.map((error) => [error.code, error.suggestion])).to.deep.equal([['invalid-attribute', '3']]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('“nine”');
  });

  it('a dataset without platforms shows a notice, and one whose platforms are not a list shows and reports it, throwing nothing', async () => {
    const empty = await fixtureWithProfile<MlopsPlatforms>({ platforms: { items: [], pagesShown: 1, pagesTotal: 1 } }, html`<mlops-platforms></mlops-platforms>`);
    await empty.updateComplete;
    expect(text(shadow(empty).querySelector('[part="empty"]'))).to.equal('Platforms: this profile has no data for them.');
    await expect(empty).to.be.accessible();

    const errors: MlopsErrorDetail[] = [];
    let broken!: MlopsPlatforms;
    const warnings = await withWarnings(async (warned) => {
      broken = await fixtureWithProfile<MlopsPlatforms>(
        { platforms: { items: 'Slack' as unknown as [], pagesShown: 1, pagesTotal: 1 } },
        html`<mlops-platforms @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}></mlops-platforms>`,
      );
      await broken.updateComplete;
      return warned;
    });
    expect(text(shadow(broken).querySelector('[part="empty"]'))).to.equal('Platforms: this profile’s platform list is not a list, so none are shown.');
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-data']);
    expect(warnings).to.have.length(1);
    await expect(broken).to.be.accessible();
  });

  for (const [what, src, code] of [
    ['an unknown dataset', '/test/fixtures/no-such-profile.json', 'profile-not-found'],
    ['an invalid dataset', '/test/fixtures/invalid-profile.json', 'invalid-profile'],
  ]) {
    it(`inside <mlops-profile> with ${what}: the provider shows the error, the cards keep the bundled data`, async () => {
      const errors: string[] = [];
      let provider!: MlopsProfile;
      const warnings = await withWarnings(async (warned) => {
        provider = await fixture<MlopsProfile>(
          html`<mlops-profile src=${src} @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail.code)}><mlops-platforms></mlops-platforms></mlops-profile>`,
        );
        await waitUntil(() => provider.shadowRoot!.querySelector('[part="error"]'), 'the provider shows its error', { timeout: 5000 });
        return warned;
      });
      const el = provider.querySelector<MlopsPlatforms>('mlops-platforms')!;
      await el.updateComplete;
      expect(errors).to.deep.equal([code]);
      expect(warnings.length).to.be.greaterThan(0);
      expect(cards(el).map((card) => card.querySelector('h4')?.textContent)).to.deep.equal(['Slack', 'GitHub', 'Conferences & Trade Shows']);
      await expect(provider).to.be.accessible();
    });
  }
});

describe('<mlops-platforms>: beside the platform chart', () => {
  async function pair(): Promise<{ chart: MlopsDemographics; el: MlopsPlatforms }> {
    const host = await fixture<HTMLElement>(
      html`<div><button>before</button><mlops-demographics chart="platforms"></mlops-demographics><mlops-platforms></mlops-platforms></div>`,
    );
    await settle(host);
    return { chart: host.querySelector('mlops-demographics')!, el: host.querySelector('mlops-platforms')! };
  }

  it('keyboard: Tab to the chart, arrows to a bar, Enter moves focus to its card, highlighted; axe-clean', async () => {
    const { chart, el } = await pair();
    (chart.previousElementSibling as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(chart).activeElement, 'the chart is the next tab stop').to.equal(bars(chart)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(chart).activeElement).to.equal(bars(chart)[1]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).activeElement === cards(el)[1], 'GitHub’s card takes focus');
    expect(revealed(el)).to.equal('GitHub');
    await expect(el).to.be.accessible();
    // The cards are targets, not tab stops: the chart stays one tab stop before them.
    expect(cards(el).every((card) => card.tabIndex === -1)).to.equal(true);
    bars(chart)[2].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).activeElement === cards(el)[2], 'the third card takes focus');
    expect(revealed(el)).to.equal('Conferences & Trade Shows');
  });

  it('the not-itemised bar has no card: Enter leaves the focus on it', async () => {
    const { chart, el } = await pair();
    bars(chart)[3].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(chart).activeElement).to.equal(bars(chart)[3]);
    expect(shadow(el).querySelector('[part~="revealed"]')).to.equal(null);
  });

  it('a click on a bar highlights its card and leaves the focus on the bar', async () => {
    const { chart, el } = await pair();
    bars(chart)[0].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => revealed(el) === 'Slack', 'Slack’s card is highlighted');
    expect(shadow(chart).activeElement).to.equal(bars(chart)[0]);
  });

  it('reveal() takes an id or a position, and says when there is no such card', async () => {
    const el = await platforms();
    expect(await el.reveal('github', false)).to.equal(true);
    await el.updateComplete;
    expect(revealed(el)).to.equal('GitHub');
    expect(await el.reveal(0)).to.equal(true);
    expect(shadow(el).activeElement).to.equal(cards(el)[0]);
    expect(await el.reveal('myspace')).to.equal(false);
    expect(await el.reveal(3)).to.equal(false);
    expect(revealed(el)).to.equal('Slack');
  });
});

describe('<mlops-platforms>: colours and layout', () => {
  it('passes axe on a dark page, a card revealed, and the tokens switch', async () => {
    const page = darkPage();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(page);
    const el = document.createElement('mlops-platforms');
    page.append(el);
    await el.updateComplete;
    await el.reveal('slack');
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('h3')!).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide column: no horizontal overflow, every card inside it', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('mlops-platforms');
    column.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(column.scrollWidth).to.be.at.most(320);
    for (const card of cards(el)) expect(card.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right + 0.5);
  });
});

describe('<mlops-profile-page>: the platform cards in its statistics', () => {
  async function page(): Promise<MlopsProfilePage> {
    const el = await fixture<MlopsProfilePage>(html`<mlops-profile-page></mlops-profile-page>`);
    // The cards arrive on demand, after the page itself.
    await customElements.whenDefined('mlops-platforms');
    await settle(el);
    return el;
  }

  it('carries every platform fact of the seed, under "Statistics & demographics", between the charts and the divides', async () => {
    const el = await page();
    const cardsElement = shadow(el).querySelector<MlopsPlatforms>('#statistics mlops-platforms')!;
    expect(cardsElement.id).to.equal('platforms');
    expect(cardsElement.getAttribute('heading-level')).to.equal('3');
    expect(
      [...shadow(el).querySelectorAll('#statistics > mlops-demographics, #statistics > mlops-platforms, #statistics > mlops-section')].map((node) => node.localName),
    ).to.deep.equal(['mlops-demographics', 'mlops-platforms', 'mlops-section']);
    for (const fact of SEED_FACTS) expect(text(shadow(cardsElement)), fact).to.contain(fact);
    expect(cards(cardsElement).map(cardText)).to.deep.equal(
      bundledPlatforms.items.map((platform) => [
        platform.name,
        `Share of the community: ${platform.percent} %`,
        platform.description,
        platform.category,
        platform.setting,
      ]),
    );
    expect(text(shadow(cardsElement).querySelector('[part="note"]'))).to.equal(REMAINDER);
    await expect(shadow(el).querySelector('#statistics')).to.be.accessible();
  });

  it('Enter on a platform bar of its chart moves to the card', async () => {
    const el = await page();
    const chart = shadow(el).querySelector<MlopsDemographics>('mlops-demographics')!;
    const cardsElement = shadow(el).querySelector<MlopsPlatforms>('mlops-platforms')!;
    bars(chart)[2].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(cardsElement).activeElement === cards(cardsElement)[2], 'the card takes focus');
    expect(revealed(cardsElement)).to.equal('Conferences & Trade Shows');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renderedOnDemand } from '../src/define/mlops-profile-page.js';
import '../src/define/mlops-profile.js';
import mlops from '../data/mlops.json';
import sample from '../data/examples/sample-bubble.json';
import type { Profile } from '../src/data/types.js';
import type { MlopsProfile } from '../src/elements/profile/profile.js';
import type { PropertyValues } from 'lit';
import type { MlopsProfilePage } from '../src/elements/profile-page/profile-page.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { darkPage } from './helpers/colours.js';
import { shadow, text } from './helpers/dom.js';
import { eachTask, settle } from './helpers/wait.js';

const profile = mlops as Profile;
const tocLinks = (page: Element) => [...shadow(page).querySelectorAll<HTMLAnchorElement>('nav a')];
/** The ids of the page's sections in document order: the summary, then the content column. */
const sectionIds = (page: Element) => [...shadow(page).querySelectorAll('#summary, .content > [id]')].map((node) => node.id);

/** The sections of the source profile, in its order. */
const SEED_ORDER = [
  'summary',
  'key-findings',
  'sub-groups',
  'statistics',
  'terminology',
  'greeting',
  'inside-jokes',
  'sayings',
  'unwritten-rules',
  'portraits',
  'technologies',
  'first-steps',
  'welcoming-practices',
  'beginner-mistakes',
  'regional-differences',
  'misconceptions',
  'clothing',
  'feedback',
  'about-this-data',
];

/** The top heading of a section: its own for the page's wrappers, the element's title otherwise. */
/**
 * Holds every fetch until `answer()`, so that a test sees what an element shows while its data is on the
 * way, however fast the machine; `restore()` gives the page its own fetch back.
 */
function holdFetches() {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const pageFetch = window.fetch;
  window.fetch = async (...args) => {
    await answered;
    return pageFetch(...args);
  };
  return { answer, restore: () => (window.fetch = pageFetch) };
}

function sectionTitle(page: Element, id: string): HTMLElement {
  const node = shadow(page).getElementById(id)!;
  const root = node.shadowRoot ?? node;
  return root.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6')!;
}

async function page(): Promise<MlopsProfilePage> {
  const el = await fixture<MlopsProfilePage>(html`<mlops-profile-page></mlops-profile-page>`);
  // The platform cards and the feedback prompt are not in the page's own file: they upgrade when their code arrives.
  await renderedOnDemand;
  await settle(el);
  return el;
}

describe('<mlops-profile-page>: the whole MLOps profile', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('renders every section in the order of the source, with no attributes and no errors', async () => {
    const errors: MlopsErrorDetail[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<MlopsErrorDetail>).detail);
    document.addEventListener('mlops-error', onError);
    try {
      const el = await page();
      expect(sectionIds(el)).to.deep.equal(SEED_ORDER);
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('mlops-error', onError);
    }
  });

  it('has an h1 with the profile name and an h2 for every other section', async () => {
    const el = await page();
    const h1 = sectionTitle(el, 'summary');
    expect(h1.tagName).to.equal('H1');
    expect(text(h1)).to.equal('Machine Learning Operations (MLOps)');
    const titles = SEED_ORDER.slice(1).map((id) => sectionTitle(el, id));
    expect(titles.map((heading) => heading.tagName)).to.deep.equal(titles.map(() => 'H2'));
    expect(titles.map(text)).to.deep.equal([
      'Key findings',
      'Sub-groups',
      'Statistics & demographics',
      'Terminology',
      'Greeting',
      'Inside jokes',
      'Facts & sayings',
      'Unwritten rules',
      'Fictional portraits',
      'Technologies',
      'First steps',
      'Welcoming practices',
      'Beginner mistakes',
      'Regional differences',
      'Misconceptions',
      'Clothing & styles',
      'Feedback',
      'About this data',
    ]);
  });

  it('composes the other elements: charts and divides under statistics, tools, portraits, glossary, feedback', async () => {
    const el = await page();
    const root = shadow(el);
    const demographics = root.querySelector('#statistics mlops-demographics')!;
    expect(demographics.getAttribute('heading-level')).to.equal('3');
    expect(demographics.shadowRoot!.querySelectorAll('figure')).to.have.length(3);
    const divides = root.querySelector('#statistics mlops-section[section="divides"]')!;
    expect(divides.shadowRoot!.querySelector('h3')!.textContent).to.equal('Ideological & social divides');
    const grid = root.querySelector('#technologies mlops-tool-grid')!;
    expect(grid.shadowRoot!.querySelectorAll('mlops-tool-card')).to.have.length(10);
    expect(root.querySelector('#portraits')!.shadowRoot!.querySelectorAll('article')).to.have.length(3);
    expect(root.querySelector('#terminology')!.shadowRoot!.querySelectorAll('[part="entry"]')).to.have.length(10);
    const feedback = root.querySelector('#feedback mlops-feedback')!;
    expect(text(feedback.shadowRoot!.querySelector('legend'))).to.equal(profile.feedback.question);
  });

  it('has a table of contents whose links match the section ids, in order', async () => {
    const el = await page();
    const nav = shadow(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-labelledby')).to.equal('toc-title');
    expect(text(shadow(el).getElementById('toc-title'))).to.equal('Contents');
    const links = tocLinks(el);
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(SEED_ORDER.map((id) => `#${id}`));
    for (const link of links) expect(shadow(el).getElementById(link.getAttribute('href')!.slice(1)), link.href).to.exist;
    expect(links.map(text).slice(0, 4)).to.deep.equal(['Summary', 'Key findings', 'Sub-groups', 'Statistics & demographics']);
  });

  it('follows its table-of-contents links into its shadow root: the section takes focus and the URL its fragment', async () => {
    const el = await page();
    const link = tocLinks(el).find((anchor) => anchor.getAttribute('href') === '#misconceptions')!;
    link.click();
    const target = shadow(el).getElementById('misconceptions')!;
    await waitUntil(() => shadow(el).activeElement === target, 'the section takes focus');
    expect(target.hasAttribute('data-targeted')).to.equal(true);
    // Firefox updates the URL in a task after the click.
    await waitUntil(() => location.hash === '#misconceptions', 'the URL takes the fragment');
    // Scrolled into view.
    const top = target.getBoundingClientRect().top;
    expect(top).to.be.within(-1, window.innerHeight);
  });

  it('opens at the section named in the URL', async () => {
    history.replaceState(null, '', '#first-steps');
    const el = await page();
    await waitUntil(() => shadow(el).getElementById('first-steps')!.hasAttribute('data-targeted'), 'the section is marked');
  });

  it('lists the gaps of the source in "About this data", never filling them in', async () => {
    const el = await page();
    const about = shadow(el).getElementById('about-this-data')!;
    const gaps = [...about.querySelectorAll('li')].map(text);
    expect(gaps).to.have.length(profile.seedGaps.length);
    expect(gaps.map((gap) => gap.split(':')[0])).to.deep.equal([
      'Historical Timeline',
      'Pathway to Credibility',
      'Summary',
      'Platform Distribution',
      'Technologies',
      'Ideological & Social Divides',
    ]);
    expect(gaps[0]).to.equal(`Historical Timeline: ${profile.seedGaps[0].note}`);
    // Absent, not filled in: no section, heading or link for them.
    expect(SEED_ORDER).to.not.include('historical-timeline');
    expect(text(shadow(el).querySelector('nav'))).to.not.match(/Timeline|Pathway/);
    expect(text(about)).to.not.contain('Not in this profile');
  });

  it('gives the version of the data and the file and day it was transcribed from in "About this data"', async () => {
    const el = await page();
    const about = shadow(el).getElementById('about-this-data')!;
    // The seed's file, and the day data/mlops.json was added to the repository (its first commit).
    expect(profile.source).to.deep.equal({ file: 'mlops-profile.txt', transcribed: '2026-11-26' });
    expect(text(about.querySelector('p')!)).to.equal(`Data version ${profile.version}. Transcribed from mlops-profile.txt on 2026-11-26.`);
    expect(profile.version).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('follows heading-level: the name at that level and the sections one deeper', async () => {
    const el = await fixture<MlopsProfilePage>(html`<mlops-profile-page heading-level="2"></mlops-profile-page>`);
    await settle(el);
    expect(sectionTitle(el, 'summary').tagName).to.equal('H2');
    expect(sectionTitle(el, 'key-findings').tagName).to.equal('H3');
    expect(sectionTitle(el, 'statistics').tagName).to.equal('H3');
    expect(shadow(el).querySelector('mlops-demographics')!.getAttribute('heading-level')).to.equal('4');
  });

  it('keeps every level within 1–6 under heading-level="6", so no element inside reports an error', async () => {
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<MlopsErrorDetail>).detail.message);
    document.addEventListener('mlops-error', onError);
    try {
      const el = await fixture<MlopsProfilePage>(html`<mlops-profile-page heading-level="6"></mlops-profile-page>`);
      await settle(el);
      expect(sectionTitle(el, 'summary').tagName).to.equal('H6');
      expect(sectionTitle(el, 'first-steps').tagName).to.equal('H6');
      expect(shadow(el).querySelector('mlops-tool-grid')!.getAttribute('heading-level')).to.equal('6');
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('mlops-error', onError);
    }
  });
});

describe('<mlops-profile-page> with another dataset', () => {
  it('shows the other dataset, leaves its empty sections out and names them, and switches back', async () => {
    const provider = await fixture<MlopsProfile>(html`<mlops-profile><mlops-profile-page></mlops-profile-page></mlops-profile>`);
    const el = provider.querySelector<MlopsProfilePage>('mlops-profile-page')!;
    expect(await provider.setProfile(sample)).to.equal(true);
    await settle(el);

    expect(text(sectionTitle(el, 'summary'))).to.equal('Home Bakers (sample data)');
    const shown = SEED_ORDER.filter(
      (id) =>
        !['inside-jokes', 'sayings', 'unwritten-rules', 'welcoming-practices', 'beginner-mistakes', 'regional-differences', 'misconceptions', 'clothing'].includes(id),
    );
    expect(sectionIds(el)).to.deep.equal(shown);
    expect(tocLinks(el).map((link) => link.getAttribute('href'))).to.deep.equal(shown.map((id) => `#${id}`));
    const about = shadow(el).getElementById('about-this-data')!;
    expect([...about.querySelectorAll('li')].map(text)).to.deep.equal(['Everything: This whole file is made-up sample data for demos and tests.']);
    // The sample has a version and no source: only what it says is shown.
    expect(text(about.querySelector('p')!)).to.equal(`Data version ${sample.version}.`);
    expect(text(about)).to.contain(
      'Not in this profile, so not shown: Inside jokes, Facts & sayings, Unwritten rules, Welcoming practices, Beginner mistakes, Regional differences, Misconceptions, Clothing & styles.',
    );
    const tools = shadow(el).querySelector('mlops-tool-grid')!.shadowRoot!.querySelectorAll('mlops-tool-card');
    expect(tools).to.have.length(1);

    provider.profile = undefined;
    await settle(el);
    expect(sectionIds(el)).to.deep.equal(SEED_ORDER);
    expect(text(sectionTitle(el, 'summary'))).to.equal('Machine Learning Operations (MLOps)');
  });

  it('says it is loading while <mlops-profile src> fetches, then renders', async () => {
    const provider = await fixture<MlopsProfile>(html`<mlops-profile><mlops-profile-page></mlops-profile-page></mlops-profile>`);
    const el = provider.querySelector<MlopsProfilePage>('mlops-profile-page')!;
    const loaded = oneEvent(provider, 'mlops-profile-load');
    const fetches = holdFetches();
    try {
      provider.src = '/data/examples/sample-bubble.json?via=fetch';
      await provider.updateComplete;
      await el.updateComplete;
      const status = shadow(el).querySelector('[part="loading"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('Loading the profile…');
      expect(shadow(el).querySelector('nav')).to.equal(null);
      fetches.answer();
      await loaded;
    } finally {
      fetches.restore();
    }
    await settle(el);
    expect(text(sectionTitle(el, 'summary'))).to.equal('Home Bakers (sample data)');
    provider.removeAttribute('src');
  });
});

describe('<mlops-profile-page>: accessibility (axe)', () => {
  it('passes on a light page', async () => {
    const el = await page();
    await expect(el).to.be.accessible();
  });

  it('passes on a dark page (color-scheme: dark)', async () => {
    const el = await fixture<MlopsProfilePage>(html`<mlops-profile-page></mlops-profile-page>`, { parentNode: darkPage() });
    await settle(el);
    expect(getComputedStyle(sectionTitle(el, 'statistics')).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });
});

describe('<mlops-profile-page>: filling in', () => {
  const containers: HTMLElement[] = [];
  afterEach(() => containers.splice(0).forEach((container) => container.remove()));

  /** A page appended in this task, as a page's script would add it, not through fixture() (which awaits the whole page). */
  function appended(tag = 'mlops-profile-page', style = '') {
    const container = document.createElement('div');
    container.append(Object.assign(document.createElement('style'), { textContent: style }), document.createElement(tag));
    document.body.append(container);
    containers.push(container);
    return container;
  }

  /** What the page shows after an update: the sections, the links of its table of contents, its height. */
  interface Shown {
    ids: string[];
    links: number;
    height: number;
  }

  /**
   * Defines `tag` as a page that logs what it shows after each update. Defined after its element is in
   * the document, the element upgrades there, as it does when a page's script arrives.
   */
  function logUpdates(tag: string): Shown[] {
    const log: Shown[] = [];
    const Page = customElements.get('mlops-profile-page') as typeof MlopsProfilePage;
    class LoggingPage extends Page {
      protected override updated(changed: PropertyValues): void {
        super.updated(changed);
        log.push({ ids: sectionIds(this), links: tocLinks(this).length, height: Math.round(this.getBoundingClientRect().height) });
      }
    }
    customElements.define(tag, LoggingPage);
    return log;
  }

  it('adds its sections one per update at the end of the content, in the order of the source', async () => {
    const el = appended('logging-profile-page').querySelector<MlopsProfilePage>('logging-profile-page')!;
    const log = logUpdates('logging-profile-page');
    expect(await el.updateComplete).to.equal(true);
    // The summary and the first section, then one more section each time.
    expect(log.map((shown) => shown.ids.length)).to.deep.equal(SEED_ORDER.slice(1).map((_, index) => index + 2));
    // Each time, a beginning of the source's order: a section appears only after those before it.
    for (const shown of log) expect(shown.ids).to.deep.equal(SEED_ORDER.slice(0, shown.ids.length));
    for (const shown of log) expect(shown.links).to.equal(SEED_ORDER.length, 'the table of contents lists every section from the start');
  });

  it('resolves updateComplete once every section is shown', async () => {
    const el = appended().querySelector<MlopsProfilePage>('mlops-profile-page')!;
    expect(await el.updateComplete).to.equal(true);
    expect(sectionIds(el)).to.deep.equal(SEED_ORDER);
  });

  it('follows a table-of-contents link to a section it has yet to show, once the section is in', async () => {
    // A page whose updates after the first wait until the test lets them go: the link is followed mid-way, every time.
    let letGo!: () => void;
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const el = appended('gated-profile-page').querySelector<MlopsProfilePage>('gated-profile-page')!;
    const Page = customElements.get('mlops-profile-page') as typeof MlopsProfilePage;
    class GatedPage extends Page {
      protected override async scheduleUpdate(): Promise<void> {
        if (this.hasUpdated) await gate;
        await super.scheduleUpdate();
      }
    }
    customElements.define('gated-profile-page', GatedPage);
    const last = SEED_ORDER[SEED_ORDER.length - 1];
    await eachTask(() => tocLinks(el).length > 0, 'the table of contents shown');
    expect(sectionIds(el), 'sections shown when the link is followed').not.to.include(last);
    // The URL keeps its fragment (as a host page's router may keep it), so that the link's own handler is
    // what reveals the section, not the hashchange.
    const keepURL = (event: Event) => event.preventDefault();
    window.addEventListener('click', keepURL, { capture: true });
    try {
      tocLinks(el)
        .find((anchor) => anchor.getAttribute('href') === `#${last}`)!
        .click();
    } finally {
      window.removeEventListener('click', keepURL, { capture: true });
    }
    letGo();
    await el.updateComplete;
    const target = shadow(el).getElementById(last)!;
    await waitUntil(() => shadow(el).activeElement === target, 'the section takes focus');
    expect(target.hasAttribute('data-targeted')).to.equal(true);
    expect(location.hash).to.equal('');
  });

  it('gives way to the loading note when <mlops-profile src> starts fetching mid-way, then fills in the new dataset', async () => {
    const provider = document.createElement('mlops-profile') as MlopsProfile;
    const el = provider.appendChild(document.createElement('recording-profile-page')) as MlopsProfilePage;
    const log = logUpdates('recording-profile-page');
    document.body.append(provider);
    containers.push(provider);
    await eachTask(() => tocLinks(el).length > 0, 'the table of contents shown');
    const fetches = holdFetches();
    try {
      provider.src = '/data/examples/sample-bubble.json?via=held-fetch';
      expect(await el.updateComplete).to.equal(true);
      expect(text(shadow(el).querySelector('[part="loading"]'))).to.equal('Loading the profile…');
      expect(shadow(el).querySelector('nav'), 'no contents while loading').to.equal(null);
      const loaded = oneEvent(provider, 'mlops-profile-load');
      log.length = 0;
      fetches.answer();
      await loaded;
    } finally {
      fetches.restore();
    }
    expect(await el.updateComplete).to.equal(true);
    expect(text(sectionTitle(el, 'summary'))).to.equal('Home Bakers (sample data)');
    const listed = tocLinks(el).map((link) => link.getAttribute('href')!.slice(1));
    expect(sectionIds(el), 'every section listed is shown').to.deep.equal(listed);
    // One section more with each update: summary and first section, then the rest one by one.
    expect(
      log.map((shown) => shown.ids.length),
      'sections shown, update by update',
    ).to.deep.equal(listed.slice(1).map((_, index) => index + 2));
  });

  it('keeps the box reserved for it until it has filled in, then takes its own height', async () => {
    // A tag of its own, so that the page upgrades here with its box reserved, as mlops-elements.css reserves it.
    const reserved = 90000;
    const el = appended('filling-profile-page', `filling-profile-page:not(:defined){display:block;min-height:${reserved}px}`).querySelector<MlopsProfilePage>(
      'filling-profile-page',
    )!;
    const log = logUpdates('filling-profile-page');
    await el.updateComplete;
    const heights = log.map((shown) => shown.height);
    expect(heights.length, 'updates').to.equal(SEED_ORDER.length - 1);
    expect(heights.slice(0, -1), 'while filling in').to.deep.equal(heights.slice(0, -1).map(() => reserved));
    expect(heights[heights.length - 1], 'filled in').to.be.within(1000, reserved - 1);
    expect(Math.round(el.getBoundingClientRect().height), 'afterwards').to.equal(heights[heights.length - 1]);
  });
});

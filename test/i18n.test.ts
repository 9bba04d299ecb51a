import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/mlops-demographics.js';
import '../src/define/mlops-feedback.js';
import '../src/define/mlops-profile-page.js';
import '../src/define/mlops-persona.js';
import '../src/define/mlops-profile.js';
import '../src/define/mlops-section.js';
import '../src/define/mlops-term.js';
import '../src/define/mlops-tool-card.js';
import '../src/define/mlops-tool-grid.js';
import { registerStrings } from '../src/index.js';
import type { MlopsDemographics } from '../src/elements/demographics/demographics.js';
import type { MlopsFeedback } from '../src/elements/feedback/feedback.js';
import type { MlopsProfile } from '../src/elements/profile/profile.js';
import type { MlopsProfilePage } from '../src/elements/profile-page/profile-page.js';
import { sectionStrings } from '../src/elements/sections/section.strings.js';
import type { MlopsTerm } from '../src/elements/term/term.js';
import type { MlopsToolCard } from '../src/elements/tool-card/tool-card.js';
import type { MlopsToolGrid } from '../src/elements/tool-grid/tool-grid.js';
import { text } from './helpers/dom.js';
import { withWarnings } from './helpers/warnings.js';

// Registrations are page-wide and cannot be taken back, so each test uses languages of its own.

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The first element of `tag` in the fixture (or the fixture itself), rendered. */
async function mount<T extends Updating>(markup: ReturnType<typeof html>, tag: string): Promise<T> {
  const host = await fixture<HTMLElement>(markup);
  const el = (host.matches(tag) ? host : host.querySelector(tag)) as T;
  await el.updateComplete;
  return el;
}

/** Waits until a render has shown `expected` in the element's shadow root (translations and lang changes redraw). */
async function shows(el: Updating, selector: string, expected: string): Promise<void> {
  await waitUntil(() => text(el.shadowRoot!.querySelector(selector)) === expected, `${selector} never showed “${expected}”`, { timeout: 3000 });
}

describe('translations: registerStrings and lang', () => {
  it('shows a registered language in the feedback prompt, functions and reason lists included, and English for what it leaves out', async () => {
    registerStrings('de', {
      feedback: {
        notHelpful: 'Nicht hilfreich',
        veryHelpful: 'Sehr hilfreich',
        submit: 'Absenden',
        counter: (used, limit) => `${used} von ${limit} Zeichen`,
        negativeReasons: [{ id: 'unclear', label: 'Schwer verständlich' }],
      },
    });
    const el = await mount<MlopsFeedback>(html`<div lang="de"><mlops-feedback></mlops-feedback></div>`, 'mlops-feedback');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('#low'))).to.equal('Nicht hilfreich');
    expect(text(root.querySelector('#high'))).to.equal('Sehr hilfreich');
    root.querySelector<HTMLInputElement>('input[value="2"]')!.click();
    await el.updateComplete;
    expect(text(root.querySelector('[part="submit"]'))).to.equal('Absenden');
    expect(text(root.querySelector('#counter'))).to.equal('0 von 500 Zeichen');
    expect([...root.querySelectorAll('[part="reason"]')].map(text)).to.include('Schwer verständlich');
    // Not translated: the English string stands in, key by key.
    expect(text(root.querySelector('#hint'))).to.equal("Please don't include personal information.");
  });

  it('falls back from a regional language to its base language, and to English for an unknown one', async () => {
    registerStrings('nl', { toolCard: { tagsLabel: 'Labels' } });
    registerStrings('nl-BE', { toolGrid: { count: (count) => `Aantal tools: ${count}` } });
    const regional = await mount<MlopsToolGrid>(html`<section lang="nl-BE"><mlops-tool-grid tag="Kubernetes Native"></mlops-tool-grid></section>`, 'mlops-tool-grid');
    await shows(regional, '[part="count"]', 'Aantal tools: 1');
    const card = regional.shadowRoot!.querySelector<MlopsToolCard>('mlops-tool-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Labels');

    const unknown = await mount<MlopsToolCard>(html`<div lang="fr"><mlops-tool-card tool="mlflow"></mlops-tool-card></div>`, 'mlops-tool-card');
    expect(unknown.shadowRoot!.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Tags');
  });

  it('redraws elements already on the page when a translation arrives, and when an ancestor’s lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mlops-demographics chart="age"></mlops-demographics></div>`);
    const el = wrapper.querySelector<MlopsDemographics>('mlops-demographics')!;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="toggle"]'))).to.equal('Show table: Age');

    registerStrings('sv', { demographics: { showTable: 'Visa tabell', titles: { platforms: 'Plattformar', gender: 'Kön', age: 'Ålder' } } });
    expect(text(el.shadowRoot!.querySelector('[part="toggle"]')), 'English page: unchanged').to.equal('Show table: Age');

    wrapper.lang = 'sv';
    await shows(el, '[part="toggle"]', 'Visa tabell: Ålder');
    // The number format follows the new language too (Swedish writes a decimal comma).
    expect(text(el.shadowRoot!.querySelector('[role="option"] .value'))).to.equal('0,5 %');

    registerStrings('sv', { demographics: { hideTable: 'Dölj tabell' } });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await shows(el, '[part="toggle"]', 'Dölj tabell: Ålder');
  });

  it('takes the chart caption and the page-level wording from the table, and finds lang outside shadow roots', async () => {
    registerStrings('it', {
      demographics: { captions: { platforms: () => 'Piattaforme.', gender: () => 'Genere.', age: (entries) => `Età: ${entries.length} gruppi.` } },
      profilePage: { contents: 'Indice' },
      section: { titles: { ...sectionStrings.titles, greeting: 'Saluto' } },
    });
    const page = await mount<MlopsProfilePage>(html`<main lang="it"><mlops-profile-page></mlops-profile-page></main>`, 'mlops-profile-page');
    const root = page.shadowRoot!;
    expect(text(root.querySelector('#toc-title'))).to.equal('Indice');
    expect([...root.querySelectorAll('[part="toc-link"]')].map(text)).to.include('Saluto');
    // <mlops-section> and <mlops-demographics> sit in the page's shadow root: the lang is on <main>, outside it.
    const greeting = root.querySelector<Updating>('mlops-section#greeting')!;
    await greeting.updateComplete;
    expect(text(greeting.shadowRoot!.querySelector('[part="title"]'))).to.equal('Saluto');
    const charts = root.querySelector<MlopsDemographics>('mlops-demographics')!;
    await charts.updateComplete;
    expect([...charts.shadowRoot!.querySelectorAll('figcaption p')].map(text)).to.deep.equal(['Piattaforme.', 'Genere.', 'Età: 7 gruppi.']);
  });

  it('words a visible problem message anew when the language changes, without reporting it again', async () => {
    registerStrings('fi', {
      toolCard: { unknownTool: (key) => `Työkalua “${key}” ei ole.`, availableTools: () => 'Katso luettelo.' },
      section: { unknownSection: (value) => `Osiota ${String(value)} ei ole.`, sectionList: () => 'Katso osiot.' },
      persona: { unknownPersona: (value) => `Henkilöä ${value} ei ole.`, available: () => 'Katso henkilöt.' },
    });
    await withWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <mlops-tool-card tool="no-such-tool-xyz"></mlops-tool-card>
        <mlops-section section="nowhere"></mlops-section>
        <mlops-persona name="nobody"></mlops-persona>
      </div>`);
      const card = wrapper.querySelector<MlopsToolCard>('mlops-tool-card')!;
      const section = wrapper.querySelector<Updating>('mlops-section')!;
      const persona = wrapper.querySelector<Updating>('mlops-persona')!;
      await Promise.all([card.updateComplete, section.updateComplete, persona.updateComplete]);
      expect(text(card.shadowRoot!.querySelector('[part~="error"]'))).to.match(/^No tool called “no-such-tool-xyz” in this profile\./);
      let reports = 0;
      card.addEventListener('mlops-error', () => (reports += 1));
      section.addEventListener('mlops-error', () => (reports += 1));
      wrapper.lang = 'fi';
      await shows(card, '[part~="error"]', 'Työkalua “no-such-tool-xyz” ei ole. Katso luettelo.');
      await shows(section, '[part~="error"]', 'Osiota nowhere ei ole. Katso osiot.');
      await shows(persona, '[part~="error"]', 'Henkilöä nobody ei ole. Katso henkilöt.');
      expect(reports).to.equal(0);
    });
  });

  it('translates the profile provider’s error box and message', async () => {
    registerStrings('pt', { profile: { notLoaded: 'Perfil não carregado.', notFound: (src, status) => `Sem perfil em ${src} (HTTP ${status}).` } });
    await withWarnings(async (warnings) => {
      const provider = await mount<MlopsProfile>(html`<div lang="pt"><mlops-profile src="/test/fixtures/no-such-profile.json"></mlops-profile></div>`, 'mlops-profile');
      await waitUntil(() => provider.shadowRoot!.querySelector('[part="error"]'), 'no error box', { timeout: 5000 });
      expect(text(provider.shadowRoot!.querySelector('[part="error"]'))).to.equal('Perfil não carregado. Sem perfil em /test/fixtures/no-such-profile.json (HTTP 404).');
      expect(warnings.join(' ')).to.contain('Sem perfil em /test/fixtures/no-such-profile.json (HTTP 404).');
    });
  });

  it('translates the term bubble’s “Outsiders say” line, also when registered after the term rendered', async () => {
    const term = await mount<MlopsTerm>(html`<p lang="es">Hay <mlops-term>model drift</mlops-term> aquí.</p>`, 'mlops-term');
    registerStrings('es', { term: { outsidersSay: 'Fuera se dice:' } });
    term.show();
    await term.updateComplete;
    expect(text(term.shadowRoot!.querySelector('[part="outsider"]'))).to.match(/^Fuera se dice: /);
    term.hide();
    await term.updateComplete;
  });
});

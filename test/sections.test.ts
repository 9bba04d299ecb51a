import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define/mlops-glossary.js';
import '../src/define/mlops-persona.js';
import '../src/define/mlops-profile.js';
import '../src/define/mlops-section.js';
import mlops from '../data/mlops.json';
import sample from '../data/examples/sample-bubble.json';
import type { Profile } from '../src/data/types.js';
import type { MlopsGlossary } from '../src/elements/glossary/glossary.js';
import type { MlopsPersona } from '../src/elements/persona/persona.js';
import type { MlopsProfile } from '../src/elements/profile/profile.js';
import type { MlopsSection } from '../src/elements/sections/section.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { applyForcedColourRules, darkPage } from './helpers/colours.js';
import { part, shadow, text } from './helpers/dom.js';
import { fixtureWithProfile } from './helpers/profile.js';
import { withWarnings } from './helpers/warnings.js';

const profile = mlops as Profile;
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: Element, selector: string) => all(el, selector).map(text);
const title = (el: Element) => part(el, 'title');
const itemTitles = (el: Element) => texts(el, '[part="item"] > [part="item-title"]');

async function section(name: string, level?: number): Promise<MlopsSection> {
  return fixture<MlopsSection>(
    level === undefined ? html`<mlops-section section=${name}></mlops-section>` : html`<mlops-section section=${name} heading-level=${level}></mlops-section>`,
  );
}

describe('<mlops-section>: every section of the MLOps profile', () => {
  it('summary: name, kind, category, the truncated description as the source shows it, and the General Q&A', async () => {
    const el = await section('summary');
    expect(title(el)!.tagName).to.equal('H2');
    expect(text(title(el))).to.equal('Machine Learning Operations (MLOps)');
    expect(texts(el, '[part="facts"] dt')).to.deep.equal(['Kind', 'Category']);
    expect(texts(el, '[part="facts"] dd')).to.deep.equal(['Bubble', 'Professional']);
    expect(text(part(el, 'description'))).to.equal(
      'MLOps is a professional community focused on applying DevOps principles—automation, monitoring, and orchestration—to the operational li...',
    );
    expect(text(part(el, 'note'))).to.equal('The source cuts this description off; the General Q&A below gives it in full.');
    const qaHeading = shadow(el).querySelector('h3')!;
    expect(text(qaHeading)).to.equal('General Q&A');
    expect(text(part(el, 'general-qa'))).to.equal(profile.generalQA);
  });

  it('key findings: 4 cards with their titles, categories and text', async () => {
    const el = await section('key-findings');
    expect(text(title(el))).to.equal('Key findings');
    expect(part(el, 'list')!.tagName).to.equal('UL');
    expect(all(el, '[part="item"]').length).to.equal(4);
    expect(itemTitles(el)).to.deep.equal(['Dual Fluency', 'Operational Tension', 'Ritualized Transparency', 'Tool Allegiance']);
    expect(all(el, '[part="item"] > h3').length).to.equal(4);
    expect(texts(el, '[part="label"]')).to.deep.equal(['Insider Perspective', 'Opinion Shifts', 'Community Dynamics', 'Identity Markers']);
    expect(text(all(el, '[part="text"]')[3])).to.equal(
      'Members show strong loyalty to specific MLOps tools (Kubeflow, MLflow) which act as identity markers and influence social groupings within the bubble.',
    );
  });

  it("shows each key finding's category above its title, after it in reading order", async () => {
    const el = await section('key-findings');
    const card = all(el, '[part="item"]')[0];
    const label = card.querySelector('[part="label"]')!;
    const heading = card.querySelector('h3')!;
    expect(label.getBoundingClientRect().bottom).to.be.at.most(heading.getBoundingClientRect().top + 1);
    expect(heading.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  // [section, title, count, item titles or the first ones, a verbatim sentence]
  const lists: Array<[string, string, number, string[], string]> = [
    [
      'sub-groups',
      'Sub-groups',
      4,
      ['Open Source MLOps Practitioners', 'Enterprise MLOps Teams', 'Academic/Research MLOps', 'Local MLOps Meetups'],
      'Regional groups organizing talks and workshops through Meetup and conferences.',
    ],
    [
      'inside-jokes',
      'Inside jokes',
      1,
      ['"Did you try turning the model off and on again?"'],
      'A twist on the classic IT joke, this pokes fun at how sometimes ML models or serving infrastructure need simple restarts to resolve issues, despite the complexity involved.',
    ],
    [
      'sayings',
      'Facts & sayings',
      4,
      ['Data drift strikes again', 'Pipelines breaking in prod', 'Reproducibility vs agility', 'Dependency hell'],
      'Describes the complex and tangled issues caused by conflicting libraries and versions in ML projects, making deployment challenging.',
    ],
    [
      'unwritten-rules',
      'Unwritten rules',
      4,
      [
        'Always version your datasets along with your models.',
        'Monitor model performance continuously after deployment.',
        'Document pipeline failures transparently and share postmortems.',
        'Favor incremental improvements over monolithic redeployments.',
      ],
      'Openly discussing failures helps improve collective knowledge and builds trust in the community.',
    ],
    [
      'welcoming-practices',
      'Welcoming practices',
      2,
      ['Sharing curated lists of MLOps tools and tutorials to newcomers.', 'Inviting newcomers to contribute to open-source MLOps projects.'],
      'Encourages a culture of collaboration and hands-on learning, reinforcing collective progress.',
    ],
    [
      'beginner-mistakes',
      'Beginner mistakes',
      2,
      [
        'Neglecting to monitor for concept and data drift after deployment.',
        'Treating ML pipelines as traditional software pipelines without accounting for data dependencies.',
      ],
      'Set up automated monitoring tools early to detect shifts in data or model accuracy.',
    ],
    [
      'regional-differences',
      'Regional differences',
      2,
      ['North America', 'Europe'],
      'European MLOps communities frequently focus on regulatory compliance, especially GDPR, emphasizing explainability and data governance in workflows.',
    ],
    [
      'clothing',
      'Clothing & styles',
      1,
      ['Conference swag T-shirts'],
      'Often worn proudly within the community to showcase attendance at major events like KubeCon or MLOps World, signaling active participation and insider status.',
    ],
  ];
  for (const [key, heading, count, titles, sentence] of lists) {
    it(`${key}: ${count} cards with the source's titles and text`, async () => {
      const el = await section(key);
      expect(text(title(el))).to.equal(heading);
      expect(all(el, 'ul[part="list"] > [part="item"]').length).to.equal(count);
      expect(itemTitles(el)).to.deep.equal(titles);
      expect(texts(el, '[part="text"]')).to.include(sentence);
    });
  }

  it('greeting: the 4 lines of the example conversation in order, with speaker labels, and the cultural context', async () => {
    const el = await section('greeting');
    expect(text(title(el))).to.equal('Greeting');
    const figure = part(el, 'conversation')!;
    expect(figure.tagName).to.equal('FIGURE');
    expect(text(figure.querySelector('figcaption'))).to.equal('Example conversation');
    const lines = [...figure.querySelectorAll('ol > li')];
    expect(lines.length).to.equal(4);
    expect(lines.map((line) => text(line.querySelector('[part="speaker"]')))).to.deep.equal(['Insider:', 'Outsider:', 'Insider:', 'Outsider:']);
    expect(lines.map((line) => line.getAttribute('part'))).to.deep.equal(['line insider', 'line outsider', 'line insider', 'line outsider']);
    expect(lines.map((line) => text(line.querySelector('.said')))).to.deep.equal([
      'Data drift detected!',
      'Huh? What do you mean by that?',
      "It's a friendly way to say the data feeding our model has changed and we need to retrain it.",
      'Ah, like a heads-up. Got it!',
    ]);
    // The colon after the label is for screen readers; the label itself is visible.
    const speaker = lines[0].querySelector('[part="speaker"]')!;
    expect(speaker.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(text(part(el, 'cultural-context'))).to.equal(profile.greeting.culturalContext);
  });

  it('first steps: "Time to basics", then 3 numbered steps with duration, level, summary and details', async () => {
    const el = await section('first-steps');
    expect(text(title(el))).to.equal('First steps');
    expect(text(part(el, 'lead'))).to.equal('Time to basics: 2-4 weeks');
    expect(part(el, 'list')!.tagName).to.equal('OL');
    const steps = all(el, '[part="item"]');
    expect(steps.length).to.equal(3);
    expect(itemTitles(el)).to.deep.equal(['Learn MLOps Fundamentals', 'Set Up Local ML Environment', 'Explore Model Deployment Basics']);
    expect(texts(el, '[part="label"]')).to.deep.equal(['Step 1', 'Step 2', 'Step 3']);
    expect(steps.map((step) => [...step.querySelectorAll('[part~="tag"]')].map(text))).to.deep.equal([
      ['3-5 hours', 'Basic'],
      ['1-2 days', 'Intermediate'],
      ['1-2 days', 'Intermediate'],
    ]);
    expect([...steps[0].querySelectorAll('dt')].map(text)).to.deep.equal(['Duration', 'Level']);
    const paragraphs = [...steps[0].querySelectorAll('[part="text"] p')].map(text);
    expect(paragraphs[0]).to.equal(`Summary: ${profile.firstSteps.steps[0].summary}`);
    expect(paragraphs[1]).to.equal(`Details: ${profile.firstSteps.steps[0].details}`);
  });

  it('misconceptions: 3 numbered misconceptions, each with its reality', async () => {
    const el = await section('misconceptions');
    expect(part(el, 'list')!.tagName).to.equal('OL');
    expect(texts(el, '[part="label"]')).to.deep.equal(['Misconception #1', 'Misconception #2', 'Misconception #3']);
    expect(itemTitles(el)).to.deep.equal(profile.misconceptions.map((item) => item.misconception));
    expect(texts(el, '[part="reality"]')).to.deep.equal(profile.misconceptions.map((item) => `Reality: ${item.reality}`));
  });

  it('divides: the 4 segment names and both axes with their end labels, and no invented positions', async () => {
    const el = await section('divides');
    expect(text(title(el))).to.equal('Ideological & social divides');
    expect(texts(el, '[part="tag"]')).to.deep.equal(['Enterprise Engineers', 'Research Adopters', 'Managerial Overseers', 'OSS Enthusiasts']);
    const axes = part(el, 'axes')!;
    expect(axes.tagName).to.equal('DL');
    expect([...axes.querySelectorAll('dt')].map(text)).to.deep.equal(['Worldview', 'Social Situation']);
    const ends = [...axes.querySelectorAll('dd')].map((dd) => [...dd.querySelectorAll('.end')].map(text));
    expect(ends).to.deep.equal([
      ['Traditional', 'Futuristic'],
      ['Lower', 'Upper'],
    ]);
    expect(text(part(el, 'note'))).to.contain('gives no positions for them, so none are shown');
    expect(shadow(el).querySelector('svg, canvas')).to.equal(null);
  });

  it('finds a section by its title too, in any case', async () => {
    for (const [value, heading] of [
      ['Facts & sayings', 'Facts & sayings'],
      ['KEY-FINDINGS', 'Key findings'],
      ['  clothing ', 'Clothing & styles'],
    ]) {
      const el = await section(value);
      expect(text(title(el)), value).to.equal(heading);
    }
  });
});

describe('<mlops-section>: heading levels', () => {
  it('uses heading-level for the title and one level deeper for the items', async () => {
    const el = await section('sub-groups', 4);
    expect(title(el)!.tagName).to.equal('H4');
    expect(all(el, '[part="item-title"]').every((heading) => heading.tagName === 'H5')).to.equal(true);
  });

  it('keeps items at h6 under a level-6 title', async () => {
    const el = await section('misconceptions', 6);
    expect(title(el)!.tagName).to.equal('H6');
    expect(all(el, '[part="item-title"]').map((heading) => heading.tagName)).to.deep.equal(['H6', 'H6', 'H6']);
  });

  it('falls back to 2 for an invalid heading-level, says so and fires mlops-error', async () => {
    await withWarnings(async (warnings) => {
      const el = document.createElement('mlops-section');
      el.setAttribute('section', 'greeting');
      el.setAttribute('heading-level', 'nine');
      const error = oneEvent(el, 'mlops-error');
      const host = await fixture(html`<div></div>`);
      host.append(el);
      const event = await error;
      expect(event.detail).to.include({ code: 'invalid-attribute', suggestion: '2' });
      expect(event.detail.message).to.contain('heading-level=“nine”');
      await el.updateComplete;
      expect(title(el)!.tagName).to.equal('H2');
      expect(warnings.some((line) => line.includes('heading-level=“nine”'))).to.equal(true);
    });
  });
});

describe('<mlops-section>: bad input', () => {
  it('shows an unknown section as a message with a suggestion, warns once and fires mlops-error', async () => {
    await withWarnings(async (warnings) => {
      const el = document.createElement('mlops-section');
      el.section = 'key-findigns';
      const error = oneEvent(el, 'mlops-error');
      (await fixture(html`<div></div>`)).append(el);
      const event = await error;
      expect(event.detail).to.deep.equal({
        code: 'unknown-section',
        message: 'No section called “key-findigns”.',
        suggestion: 'key-findings',
      } satisfies MlopsErrorDetail);
      await el.updateComplete;
      const message = part(el, 'error')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(text(message)).to.equal('No section called “key-findigns”. Did you mean “key-findings”?');
      expect(warnings.filter((line) => line.includes('key-findigns'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  it('lists the sections when nothing is close, and asks for one when the attribute is missing', async () => {
    await withWarnings(async () => {
      const far = await section('zzzzzzzzzzzz');
      expect(text(part(far, 'error'))).to.contain('Sections: summary, key-findings, sub-groups, divides, greeting');
      const missing = document.createElement('mlops-section');
      const error = oneEvent(missing, 'mlops-error');
      (await fixture(html`<div></div>`)).append(missing);
      expect((await error).detail.code).to.equal('missing-section');
      await missing.updateComplete;
      expect(text(part(missing, 'error'))).to.match(/^No section chosen: set the section attribute to one of summary, key-findings/);
    });
  });

  it('switches from an error to a section when the attribute is fixed', async () => {
    await withWarnings(async () => {
      const el = await section('sayngs');
      expect(part(el, 'error')).to.exist;
      el.section = 'sayings';
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(itemTitles(el)).to.have.length(4);
    });
  });

  it('renders a hostile section attribute as text', async () => {
    await withWarnings(async () => {
      const hostile = '<img src=x onerror="window.__sectionPwned = 1">';
      const el = await section(hostile);
      expect(text(part(el, 'error'))).to.contain(`No section called “${hostile}”.`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { __sectionPwned?: number }).__sectionPwned).to.equal(undefined);
    });
  });

  it('renders hostile dataset strings as text', async () => {
    const hostile = '<img src=x onerror="window.__sectionPwned = 1"><b>bold</b>';
    const data = {
      ...profile,
      keyFindings: [{ id: 'evil', title: hostile, category: hostile, text: hostile }],
      greeting: { phrase: hostile, conversation: [{ speaker: 'insider', text: hostile }], culturalContext: hostile },
    } as Profile;
    for (const key of ['key-findings', 'greeting']) {
      const el = await fixtureWithProfile<MlopsSection>(data, html`<mlops-section section=${key}></mlops-section>`);
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(text(shadow(el).querySelector(key === 'greeting' ? '.said' : '[part="item-title"]'))).to.equal(hostile);
    }
    expect((window as unknown as { __sectionPwned?: number }).__sectionPwned).to.equal(undefined);
  });
});

describe('<mlops-persona>', () => {
  const persona = (name?: string) =>
    fixture<MlopsPersona>(name === undefined ? html`<mlops-persona></mlops-persona>` : html`<mlops-persona name=${name}></mlops-persona>`);
  const portraits = (el: Element) => all(el, 'article[part="persona"]');
  const field = (article: Element, label: string) =>
    [...article.querySelectorAll('[part="details"] > div')].find((row) => text(row.querySelector('dt')) === label)!.querySelector('dd')!;
  const items = (node: Element) => [...node.querySelectorAll('li')].map(text);

  it('shows all three portraits without a name, under "Fictional portraits"', async () => {
    const el = await persona();
    expect(title(el)!.tagName).to.equal('H2');
    expect(text(title(el))).to.equal('Fictional portraits');
    expect(portraits(el).length).to.equal(3);
    expect(texts(el, '[part="name"]')).to.deep.equal(['Ravi, Age 29', 'Elena, Age 35', 'Jinsoo, Age 43']);
    expect(all(el, '[part="name"]').every((heading) => heading.tagName === 'H3')).to.equal(true);
  });

  it("shows Ravi's age, role, gender, bio, values, motivations, challenges, platforms and 5 keywords", async () => {
    const el = await persona('ravi');
    const [ravi] = portraits(el);
    expect(portraits(el).length).to.equal(1);
    const heading = ravi.querySelector('[part="name"]')!;
    expect(heading.tagName).to.equal('H3');
    expect(ravi.getAttribute('aria-labelledby')).to.equal(heading.id);
    // "Ravi, 29" on screen; "age" is for screen readers.
    expect(text(heading).replace('Age ', '')).to.equal('Ravi, 29');
    expect([...ravi.querySelectorAll('[part="facts"] dt')].map(text)).to.deep.equal(['Role', 'Gender']);
    expect([...ravi.querySelectorAll('[part="facts"] dd')].map(text)).to.deep.equal(['Data Engineer', 'male']);
    expect(text(ravi.querySelector('[part="bio"]'))).to.equal(profile.personas[0].bio);
    expect(items(field(ravi, 'Values'))).to.deep.equal(['Reliability', 'Automation', 'Collaboration']);
    expect(items(field(ravi, 'Motivations'))).to.deep.equal(profile.personas[0].motivations);
    expect(items(field(ravi, 'Challenges'))).to.deep.equal(profile.personas[0].challenges);
    expect(items(field(ravi, 'Platforms'))).to.deep.equal(['Slack MLOps channels', 'LinkedIn groups', 'Company internal forums']);
    expect(items(field(ravi, 'Keywords'))).to.deep.equal(['CI/CD pipelines', 'model drift', 'feature store', 'orchestration', 'kubeflow']);
  });

  it('finds a portrait by name in any case, and follows heading-level', async () => {
    const el = await fixture<MlopsPersona>(html`<mlops-persona name="ELENA" heading-level="2"></mlops-persona>`);
    expect(portraits(el).length).to.equal(1);
    expect(part(el, 'name')!.tagName).to.equal('H2');
    expect(text(part(el, 'name'))).to.match(/^Elena, /);
    el.name = 'jinsoo';
    await el.updateComplete;
    expect(text(part(el, 'name'))).to.match(/^Jinsoo, /);
  });

  it('shows an unknown name as a message with a suggestion and fires mlops-error', async () => {
    await withWarnings(async () => {
      const el = document.createElement('mlops-persona');
      el.name = 'Rav';
      const error = oneEvent(el, 'mlops-error');
      (await fixture(html`<div></div>`)).append(el);
      const event = await error;
      expect(event.detail).to.deep.equal({ code: 'unknown-persona', message: 'No portrait called “Rav” in this profile.', suggestion: 'Ravi' });
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('No portrait called “Rav” in this profile. Did you mean “Ravi”?');
      const far = await persona('<b>nobody at all</b>');
      expect(text(part(far, 'error'))).to.equal('No portrait called “<b>nobody at all</b>” in this profile. Portraits in this profile: Ravi, Elena, Jinsoo.');
      expect(shadow(far).querySelector('b')).to.equal(null);
    });
  });
});

describe('<mlops-glossary>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists the 10 terms in a <dl>: insider term, explanation and "Outsiders say: …", each with its id', async () => {
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary></mlops-glossary>`);
    expect(title(el)!.tagName).to.equal('H2');
    expect(text(title(el))).to.equal('Terminology');
    const list = part(el, 'list')!;
    expect(list.tagName).to.equal('DL');
    const entries = [...list.querySelectorAll<HTMLElement>(':scope > [part="entry"]')];
    expect(entries.length).to.equal(10);
    expect(entries.map((entry) => entry.id)).to.deep.equal(profile.terminology.map((term) => term.id));
    expect(entries.map((entry) => text(entry.querySelector('dt')))).to.deep.equal(profile.terminology.map((term) => term.insider));
    const drift = shadow(el).getElementById('model-drift')!;
    expect([...drift.querySelectorAll('dd')].map(text)).to.deep.equal([
      "Outsiders often think of issues as software bugs, but insiders use 'model drift' to describe performance degradation due to changing data distributions over time.",
      'Outsiders say: Software Bugs in Machine Learning',
    ]);
  });

  it('follows #model-drift links: on load and on hashchange it scrolls to the entry, marks it and focuses it', async () => {
    history.replaceState(null, '', '#ci-cd');
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary style="display:block"></mlops-glossary>`);
    await waitUntil(() => shadow(el).getElementById('ci-cd')!.hasAttribute('data-targeted'), 'the entry in the URL is marked on load');

    location.hash = '#model-drift';
    const drift = shadow(el).getElementById('model-drift')!;
    await waitUntil(() => shadow(el).activeElement === drift, 'the linked entry takes focus');
    expect(drift.hasAttribute('data-targeted')).to.equal(true);
    expect(shadow(el).getElementById('ci-cd')!.hasAttribute('data-targeted')).to.equal(false);
    expect(drift.getAttribute('tabindex')).to.equal('-1');
  });

  it('follows heading-level', async () => {
    const el = await fixture<MlopsGlossary>(html`<mlops-glossary heading-level="3"></mlops-glossary>`);
    expect(title(el)!.tagName).to.equal('H3');
  });
});

describe('with <mlops-profile> and another dataset', () => {
  const SAMPLE = '/data/examples/sample-bubble.json?via=fetch';

  async function mount() {
    const provider = await fixture<MlopsProfile>(html`<mlops-profile>
      <mlops-section section="summary"></mlops-section>
      <mlops-section section="key-findings"></mlops-section>
      <mlops-section section="inside-jokes"></mlops-section>
      <mlops-section section="first-steps"></mlops-section>
      <mlops-persona></mlops-persona>
      <mlops-persona name="ravi"></mlops-persona>
      <mlops-glossary></mlops-glossary>
    </mlops-profile>`);
    const [summary, findings, jokes, steps] = [...provider.querySelectorAll<MlopsSection>('mlops-section')];
    const [personas, ravi] = [...provider.querySelectorAll<MlopsPersona>('mlops-persona')];
    const glossary = provider.querySelector<MlopsGlossary>('mlops-glossary')!;
    const elements = [summary, findings, jokes, steps, personas, ravi, glossary];
    const settled = () => Promise.all(elements.map((element) => element.updateComplete));
    return { provider, summary, findings, jokes, steps, personas, ravi, glossary, settled };
  }

  it('shows the other dataset, notes its empty sections, and switches back', async () => {
    await withWarnings(async () => {
      const { provider, summary, findings, jokes, steps, personas, ravi, glossary, settled } = await mount();
      const errors: MlopsErrorDetail[] = [];
      provider.addEventListener('mlops-error', (event) => errors.push(event.detail));
      expect(await provider.setProfile(sample)).to.equal(true);
      await settled();

      expect(text(title(summary))).to.equal('Home Bakers (sample data)');
      expect(texts(summary, '[part="facts"] dd')).to.deep.equal(['Bubble', 'Hobby']);
      expect(part(summary, 'note'), 'the sample description is not truncated').to.equal(null);
      expect(itemTitles(findings)).to.deep.equal(['Starter Pride']);
      expect(text(part(jokes, 'empty'))).to.equal('Inside jokes: not in this profile.');
      expect(text(title(jokes))).to.equal('Inside jokes');
      expect(part(jokes, 'list')).to.equal(null);
      expect(text(part(steps, 'lead'))).to.equal('Time to basics: 2 weekends');
      expect(texts(steps, '[part~="tag"]')).to.deep.equal(['7 days', 'Basic']);
      expect(texts(personas, '[part="name"]')).to.deep.equal(['Mara, Age 41']);
      expect(text(part(ravi, 'error'))).to.match(/^No portrait called “ravi” in this profile\. Portraits in this profile: Mara\./);
      expect(all(glossary, '[part="entry"]').map((entry) => entry.id)).to.deep.equal(['levain', 'crumb-shot']);
      expect(errors.map((error) => error.code)).to.deep.equal(['unknown-persona']);

      provider.profile = undefined;
      await settled();
      expect(text(title(summary))).to.equal('Machine Learning Operations (MLOps)');
      expect(itemTitles(findings)).to.have.length(4);
      expect(itemTitles(jokes)).to.have.length(1);
      expect(part(ravi, 'error')).to.equal(null);
      expect(texts(personas, '[part="name"]')).to.have.length(3);
      expect(all(glossary, '[part="entry"]')).to.have.length(10);
    });
  });

  it('shows the empty notes of portraits and terminology', async () => {
    const data = { ...(sample as Profile), personas: [], terminology: [] };
    const personas = await fixtureWithProfile<MlopsPersona>(data, html`<mlops-persona></mlops-persona>`);
    expect(text(part(personas, 'empty'))).to.equal('Fictional portraits: not in this profile.');
    const glossary = await fixtureWithProfile<MlopsGlossary>(data, html`<mlops-glossary></mlops-glossary>`);
    expect(text(part(glossary, 'empty'))).to.equal('Terminology: not in this profile.');
  });

  it('renders nothing and reports nothing while the dataset loads, then judges attributes against it', async () => {
    await withWarnings(async () => {
      const provider = await fixture<MlopsProfile>(html`<mlops-profile>
        <mlops-section section="starter"></mlops-section>
      </mlops-profile>`);
      const el = provider.querySelector<MlopsSection>('mlops-section')!;
      // Against the bundled dataset the section is unknown…
      expect(part(el, 'error')).to.exist;
      const errors: MlopsErrorDetail[] = [];
      el.addEventListener('mlops-error', (event) => errors.push(event.detail));
      const loaded = oneEvent(provider, 'mlops-profile-load');
      provider.src = SAMPLE;
      await provider.updateComplete;
      await el.updateComplete;
      // …and while the other one loads, the element waits.
      expect(shadow(el).children.length).to.equal(0);
      expect(errors).to.deep.equal([]);
      await loaded;
      await el.updateComplete;
      expect(errors.map((error) => error.code)).to.deep.equal(['unknown-section']);
      provider.removeAttribute('src');
    });
  });
});

/** A system colour as the engine computes it. */
function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('forced colours', () => {
  it('keeps cards and chips outlined and turns accent labels into CanvasText', async () => {
    const canvasText = systemColor('CanvasText');
    const findings = await section('key-findings');
    const greeting = await section('greeting');
    const persona = await fixture<MlopsPersona>(html`<mlops-persona name="ravi"></mlops-persona>`);
    for (const el of [findings, greeting, persona]) applyForcedColourRules(el);
    const card = all(findings, '[part="item"]')[0];
    expect(getComputedStyle(card).borderTopColor).to.equal(canvasText);
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(part(findings, 'label')!).color).to.equal(canvasText);
    expect(getComputedStyle(part(greeting, 'speaker')!).color).to.equal(canvasText);
    expect(getComputedStyle(shadow(persona).querySelector('[part="details"] dt')!).color).to.equal(canvasText);
    expect(getComputedStyle(part(persona, 'tag')!).borderTopColor).to.equal(canvasText);
  });
});

describe('accessibility (axe)', () => {
  const everything = html`
    <mlops-section section="summary"></mlops-section>
    <mlops-section section="key-findings"></mlops-section>
    <mlops-section section="sub-groups"></mlops-section>
    <mlops-section section="divides"></mlops-section>
    <mlops-section section="greeting"></mlops-section>
    <mlops-section section="inside-jokes"></mlops-section>
    <mlops-section section="sayings"></mlops-section>
    <mlops-section section="unwritten-rules"></mlops-section>
    <mlops-section section="first-steps"></mlops-section>
    <mlops-section section="welcoming-practices"></mlops-section>
    <mlops-section section="beginner-mistakes"></mlops-section>
    <mlops-section section="regional-differences"></mlops-section>
    <mlops-section section="misconceptions"></mlops-section>
    <mlops-section section="clothing"></mlops-section>
    <mlops-persona></mlops-persona>
    <mlops-glossary></mlops-glossary>
  `;

  it('passes on a light page', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${everything}</div>`);
    await expect(el).to.be.accessible();
  });

  it('passes on a dark page, where the tokens switch to light text', async () => {
    const page = darkPage();
    const el = await fixture<HTMLDivElement>(html`<div>${everything}</div>`, { parentNode: page });
    const findings = el.querySelector<MlopsSection>('mlops-section[section="key-findings"]')!;
    await findings.updateComplete;
    expect(getComputedStyle(title(findings)!).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });
});

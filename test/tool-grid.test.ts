import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define/mlops-tool-grid.js';
import { bundledTools } from '../src/data/index.js';
import type { MlopsToolCard } from '../src/elements/tool-card/tool-card.js';
import type { MlopsToolGrid } from '../src/elements/tool-grid/tool-grid.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { darken } from './helpers/colours.js';
import { part, shadow, text } from './helpers/dom.js';
import { overWebDriver } from './helpers/engine.js';
import { fixtureWithProfile, toolsProfile } from './helpers/profile.js';
import { withWarnings } from './helpers/warnings.js';

const cards = (grid: Element) => [...shadow(grid).querySelectorAll<MlopsToolCard>('mlops-tool-card')];
/** The names the cards actually render, in order. */
const shownNames = (grid: Element) => cards(grid).map((card) => text(card.shadowRoot!.querySelector('[part="name"]')));

async function renderedGrid(template: ReturnType<typeof html>): Promise<MlopsToolGrid> {
  const el = await fixture<MlopsToolGrid>(template);
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

describe('<mlops-tool-grid>: all tools', () => {
  it('shows every tool of the profile as a card in a labelled list, with a visible count', async () => {
    const el = await renderedGrid(html`<mlops-tool-grid></mlops-tool-grid>`);
    expect(shownNames(el)).to.deep.equal(bundledTools.map((tool) => tool.name));
    expect(shownNames(el).length).to.equal(10);
    const list = part(el, 'list')!;
    expect(list.tagName).to.equal('UL');
    expect(list.getAttribute('aria-label')).to.equal('Tools');
    expect(list.querySelectorAll(':scope > li[part="item"]').length).to.equal(10);
    const count = part(el, 'count')!;
    expect(text(count)).to.equal('10 tools');
    expect(count.closest('[role="status"]')).to.exist;
  });

  it("says that the dataset holds only the first page of the profile's tool list", async () => {
    const el = await renderedGrid(html`<mlops-tool-grid></mlops-tool-grid>`);
    expect(text(part(el, 'note'))).to.equal("These tools come from page 1 of 3 of the profile's tool list; the other pages are not in the dataset.");
  });

  it('passes variant and heading-level to every card', async () => {
    const el = await renderedGrid(html`<mlops-tool-grid variant="compact" heading-level="2"></mlops-tool-grid>`);
    for (const card of cards(el)) {
      expect(card.shadowRoot!.querySelector('h2[part="name"]')).to.exist;
      expect(card.shadowRoot!.querySelector('[part="card"]')!.classList.contains('compact')).to.equal(true);
    }
  });

  it('forwards the card parts, so a page can theme every card through the grid', async () => {
    const wrapper = await fixture(html`<div>
      <style>
        .themed::part(card) {
          border-color: rgb(255, 0, 0);
        }
        .themed::part(tag) {
          color: rgb(0, 0, 255);
        }
      </style>
      <mlops-tool-grid class="themed"></mlops-tool-grid>
    </div>`);
    const grid = wrapper.querySelector('mlops-tool-grid')!;
    await Promise.all(cards(grid).map((card) => card.updateComplete));
    const card = cards(grid)[4].shadowRoot!;
    expect(getComputedStyle(card.querySelector('[part="card"]')!).borderTopColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(card.querySelector('[part="tag"]')!).color).to.equal('rgb(0, 0, 255)');
  });

  it('is accessible, full and compact', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await renderedGrid(html`<mlops-tool-grid variant=${variant}></mlops-tool-grid>`);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<mlops-tool-grid>: filtering by tag', () => {
  it('shows only the tools with the tag', async () => {
    const el = await renderedGrid(html`<mlops-tool-grid tag="Kubernetes Native"></mlops-tool-grid>`);
    expect(shownNames(el)).to.deep.equal(['Kubeflow']);
    expect(text(part(el, 'count'))).to.equal('1 tool');
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Tools tagged Kubernetes Native');
  });

  it('shows the tools with ANY of several comma-separated tags', async () => {
    const el = await renderedGrid(html`<mlops-tool-grid tag="Kubernetes Native, K8s Native, Kubernetes"></mlops-tool-grid>`);
    expect(shownNames(el)).to.deep.equal(['Kubeflow', 'Seldon Core', 'Argo Workflows']);
    expect(text(part(el, 'count'))).to.equal('3 tools');
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Tools tagged Kubernetes Native or K8s Native or Kubernetes');

    el.tag = 'Kubernetes, Model Serving';
    await el.updateComplete;
    await Promise.all(cards(el).map((card) => card.updateComplete));
    expect(shownNames(el)).to.deep.equal(['Seldon Core']);

    el.tag = 'Python-First, Python First, Pythonic';
    await el.updateComplete;
    await Promise.all(cards(el).map((card) => card.updateComplete));
    expect(shownNames(el)).to.deep.equal(['MLflow', 'BentoML', 'Dagster']);
  });

  it('ignores case, extra spaces, repeats and empty entries in tags', async () => {
    const el = await renderedGrid(html`<mlops-tool-grid tag="  kubernetes NATIVE ,, feature   store, Kubernetes native,"></mlops-tool-grid>`);
    expect(shownNames(el)).to.deep.equal(['Kubeflow', 'Feast']);
    // The label spells the tags as the dataset does.
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Tools tagged Kubernetes Native or Feature Store');
  });

  it('updates the count in the same live region when the filter changes', async () => {
    const el = await renderedGrid(html`<mlops-tool-grid></mlops-tool-grid>`);
    const region = shadow(el).querySelector('[role="status"]')!;
    el.tag = 'Feature Store';
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')).to.equal(region);
    expect(text(region)).to.equal('1 tool');
    el.tag = '';
    await el.updateComplete;
    expect(text(region)).to.equal('10 tools');
  });

  it('reports tags that match nothing while showing the others', async () => {
    await withWarnings(async (warnings) => {
      const events: MlopsErrorDetail[] = [];
      const onError = (event: CustomEvent<MlopsErrorDetail>) => events.push(event.detail);
      const el = await renderedGrid(html`<mlops-tool-grid tag="Feature Store, Dashbords" @mlops-error=${onError}></mlops-tool-grid>`);
      expect(shownNames(el)).to.deep.equal(['Feast']);
      expect(events.length).to.equal(1);
      expect(events[0].code).to.equal('unknown-tag');
      expect(events[0].message).to.contain('“Dashbords”');
      expect(warnings.length).to.equal(1);
    });
  });
});

describe('<mlops-tool-grid>: no matching tools', () => {
  it('shows a polite message naming the tag, a suggestion and the available tags, and fires mlops-error', async () => {
    await withWarnings(async (warnings) => {
      const events: CustomEvent<MlopsErrorDetail>[] = [];
      const onError = (event: CustomEvent<MlopsErrorDetail>) => events.push(event);
      const el = await renderedGrid(html`<mlops-tool-grid tag="Kubernets" @mlops-error=${onError}></mlops-tool-grid>`);
      expect(part(el, 'list')).to.equal(null);
      expect(cards(el).length).to.equal(0);
      const empty = part(el, 'empty')!;
      expect(empty.closest('[role="status"]')).to.exist;
      const message = text(empty);
      expect(message).to.contain('No tools tagged “Kubernets” in this profile. Did you mean Kubernetes?');
      expect(message).to.contain('Tags in this profile: Batch Pipelines, Cloud-Agnostic, Custom Metrics,');
      for (const tag of bundledTools.flatMap((tool) => tool.tags)) expect(message).to.contain(tag);
      expect(events.length).to.equal(1);
      expect(events[0].detail).to.deep.equal({
        code: 'no-matching-tools',
        message: 'No tools tagged “Kubernets” in this profile.',
        suggestion: 'Kubernetes',
      });
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(warnings.length).to.equal(1);
    });
  });

  it('renders hostile tags as text', async () => {
    await withWarnings(async () => {
      const el = await renderedGrid(html`<mlops-tool-grid tag='<img src=x onerror="window.__hacked = true">'></mlops-tool-grid>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(text(part(el, 'empty'))).to.contain('No tools tagged “<img src=x onerror="window.__hacked = true">”');
      expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
    });
  });

  it('comes back with the cards when the tag is fixed', async () => {
    await withWarnings(async () => {
      const el = await renderedGrid(html`<mlops-tool-grid tag="Kubernets"></mlops-tool-grid>`);
      el.tag = 'Kubernetes';
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      expect(part(el, 'empty')).to.equal(null);
      expect(shownNames(el)).to.deep.equal(['Seldon Core']);
    });
  });

  it('is accessible', async () => {
    await withWarnings(async () => {
      const el = await renderedGrid(html`<mlops-tool-grid tag="Kubernets"></mlops-tool-grid>`);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<mlops-tool-grid>: bad attributes', () => {
  it('reports an invalid variant or heading-level once, not once per card, and falls back', async () => {
    await withWarnings(async (warnings) => {
      const events: MlopsErrorDetail[] = [];
      const onError = (event: CustomEvent<MlopsErrorDetail>) => events.push(event.detail);
      const el = await renderedGrid(html`<mlops-tool-grid variant="tiny" heading-level="12" @mlops-error=${onError}></mlops-tool-grid>`);
      expect(events.map((event) => event.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
      expect(warnings.length).to.equal(2);
      for (const card of cards(el)) {
        expect(card.shadowRoot!.querySelector('h3[part="name"]')).to.exist;
        expect(card.shadowRoot!.querySelector('[part="card"]')!.classList.contains('full')).to.equal(true);
      }
    });
  });
});

describe('<mlops-tool-grid>: a dataset from <mlops-profile>', () => {
  it('lists the provided tools and drops the partial-list note when the dataset is complete', async () => {
    const tools = [
      { id: 'one', name: 'One', description: 'First.', tags: ['Shared'], category: 'Technologies' },
      { id: 'two', name: 'Two', description: 'Second.', tags: ['Shared', 'Other'], category: 'Technologies' },
    ];
    const el = await fixtureWithProfile<MlopsToolGrid>(toolsProfile(tools), html`<mlops-tool-grid tag="shared"></mlops-tool-grid>`);
    await Promise.all(cards(el).map((card) => card.updateComplete));
    expect(shownNames(el)).to.deep.equal(['One', 'Two']);
    expect(part(el, 'note')).to.equal(null);
  });
});

describe('<mlops-tool-grid>: layout', () => {
  // WebKitGTK runs over classic WebDriver, where @web/test-runner-commands cannot set the viewport;
  // there the grid's container gets the width instead (the grid sizes its columns from its own width).
  const canSetViewport = !overWebDriver;

  async function atWidth(wrapper: HTMLElement, width: number): Promise<void> {
    if (canSetViewport) {
      await setViewport({ width, height: 900 });
      await waitUntil(() => window.innerWidth === width, 'viewport not applied');
    } else {
      wrapper.style.width = `${width}px`;
    }
  }

  const columnCount = (grid: Element) => new Set(cards(grid).map((card) => Math.round(card.getBoundingClientRect().left))).size;

  afterEach(async () => {
    if (canSetViewport) await setViewport({ width: 800, height: 600 });
  });

  it('has one column at phone width (320px) and four at 1280px, without overflowing', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><mlops-tool-grid></mlops-tool-grid></div>`);
    const grid = wrapper.querySelector('mlops-tool-grid')!;
    await Promise.all(cards(grid).map((card) => card.updateComplete));

    await atWidth(wrapper, 320);
    expect(columnCount(grid)).to.equal(1);
    for (const card of cards(grid)) {
      const article = card.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(article.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }

    await atWidth(wrapper, 1280);
    expect(columnCount(grid)).to.equal(4);
    // Cards in a row share one height, so the rows line up.
    const firstRow = cards(grid)
      .slice(0, 4)
      .map((card) => Math.round(card.getBoundingClientRect().height));
    expect(new Set(firstRow).size).to.equal(1);
  });
});

describe('<mlops-tool-grid>: dark pages', () => {
  it('renders dark cards and stays accessible with color-scheme: dark', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><mlops-tool-grid></mlops-tool-grid></div>`);
    const grid = wrapper.querySelector('mlops-tool-grid')!;
    await Promise.all(cards(grid).map((card) => card.updateComplete));
    const article = () => cards(grid)[0].shadowRoot!.querySelector('[part="card"]')!;
    const lightBackground = getComputedStyle(article()).backgroundColor;
    darken(wrapper);
    expect(getComputedStyle(article()).backgroundColor).to.not.equal(lightBackground);
    expect(getComputedStyle(article()).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(wrapper).to.be.accessible();
  });

  it('keeps the no-match message accessible on a dark page', async () => {
    await withWarnings(async () => {
      const wrapper = darken(await fixture<HTMLElement>(html`<div><mlops-tool-grid tag="nothing at all"></mlops-tool-grid></div>`));
      await expect(wrapper).to.be.accessible();
    });
  });
});

describe('<mlops-tool-grid> under <mlops-profile>', () => {
  it('reports no unknown tool when the dataset is swapped under its cards', async () => {
    await import('../src/define/mlops-profile.js');
    const sample = (await import('../data/examples/sample-bubble.json')).default;
    const errors: MlopsErrorDetail[] = [];
    await withWarnings(async (warnings) => {
      const provider = await fixture<HTMLElement & { setProfile(data: unknown): Promise<boolean> }>(
        html`<mlops-profile @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}>
          <mlops-tool-grid></mlops-tool-grid>
        </mlops-profile>`,
      );
      const grid = provider.querySelector<MlopsToolGrid>('mlops-tool-grid')!;
      await grid.updateComplete;
      expect(cards(grid)).to.have.length(10);
      expect(await provider.setProfile(sample)).to.equal(true);
      await waitUntil(() => cards(grid).length === 1, 'the grid shows the sample dataset');
      // Time is the subject: a card judges its tool against a new dataset a task later, so no report may follow within 50 ms either.
      await aTimeout(50);
      expect(shownNames(grid)).to.deep.equal(['Dutch Oven']);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  });
});

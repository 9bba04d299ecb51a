import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/mlops-tool-card.js';
import type { Tool } from '../src/data/types.js';
import type { MlopsToolCard } from '../src/elements/tool-card/tool-card.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { darken } from './helpers/colours.js';
import { part, shadow, text } from './helpers/dom.js';
import { fixtureWithProfile, toolsProfile } from './helpers/profile.js';
import { withWarnings } from './helpers/warnings.js';

const heading = (el: Element) => shadow(el).querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
const tagTexts = (el: Element) => [...shadow(el).querySelectorAll('[part="tag"]')].map((tag) => tag.textContent!.trim());
/** A card given these tools alone by the page, as <mlops-profile> would provide them. */
const withTools = (tools: Tool[], card: ReturnType<typeof html>) => fixtureWithProfile<HTMLElement>(toolsProfile(tools), card);

describe('<mlops-tool-card>: a found tool', () => {
  it('renders the name as a level-3 heading, the description, the tags and the category', async () => {
    const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="mlflow"></mlops-tool-card>`);
    const card = part(el, 'card')!;
    expect(card.tagName).to.equal('ARTICLE');
    expect(heading(el)!.tagName).to.equal('H3');
    expect(text(heading(el))).to.equal('MLflow');
    expect(card.getAttribute('aria-labelledby')).to.equal(heading(el)!.id);
    expect(text(part(el, 'description'))).to.equal('Open-source platform for managing the ML lifecycle—experiments, packaging, and deployment.');
    const tags = part(el, 'tags')!;
    expect(tags.tagName).to.equal('UL');
    expect(tags.getAttribute('aria-label')).to.equal('Tags');
    expect(tagTexts(el)).to.deep.equal(['Experiment Tracking', 'Model Registry', 'Python-First']);
    expect(text(part(el, 'category'))).to.equal('Category: Technologies');
  });

  it('shows the category above the name without moving it before the heading in reading order', async () => {
    const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="mlflow"></mlops-tool-card>`);
    const category = part(el, 'category')!;
    expect(category.getBoundingClientRect().bottom).to.be.at.most(heading(el)!.getBoundingClientRect().top + 1);
    expect(heading(el)!.compareDocumentPosition(category) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // The "Category:" prefix is for screen readers only.
    const prefix = category.querySelector('.visually-hidden')!;
    expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
  });

  for (const level of [1, 2, 4, 6]) {
    it(`uses heading-level="${level}"`, async () => {
      const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="mlflow" heading-level=${level}></mlops-tool-card>`);
      expect(heading(el)!.tagName).to.equal(`H${level}`);
      expect(text(heading(el))).to.equal('MLflow');
    });
  }

  it('finds a tool by id, by name and regardless of case or spacing', async () => {
    for (const [key, name] of [
      ['seldon-core', 'Seldon Core'],
      ['Seldon Core', 'Seldon Core'],
      ['mLfLoW', 'MLflow'],
      ['  tensorflow extended (tfx) ', 'TensorFlow Extended (TFX)'],
      ['ARGO-WORKFLOWS', 'Argo Workflows'],
    ]) {
      const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool=${key}></mlops-tool-card>`);
      expect(text(heading(el)), key).to.equal(name);
    }
  });

  it('re-renders when the tool changes', async () => {
    const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="mlflow"></mlops-tool-card>`);
    el.tool = 'feast';
    await el.updateComplete;
    expect(text(heading(el))).to.equal('Feast');
    expect(tagTexts(el)).to.deep.equal(['Feature Store', 'Online Serving', 'Batch Pipelines']);
  });

  it('exposes every documented part', async () => {
    const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="kubeflow"></mlops-tool-card>`);
    for (const name of ['card', 'name', 'description', 'tags', 'category']) expect(part(el, name), name).to.exist;
    expect(shadow(el).querySelectorAll('[part="tag"]').length).to.equal(3);
  });

  it('can be themed from the page with --mlops-tool-card-* properties and ::part()', async () => {
    const wrapper = await fixture(html`<div>
      <style>
        .themed {
          --mlops-tool-card-background: rgb(1, 2, 3);
          --mlops-tool-card-tag-color: rgb(200, 100, 50);
        }
        .themed::part(name) {
          color: rgb(10, 200, 30);
        }
      </style>
      <mlops-tool-card class="themed" tool="feast"></mlops-tool-card>
    </div>`);
    const el = wrapper.querySelector('mlops-tool-card')!;
    expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'tag')!).color).to.equal('rgb(200, 100, 50)');
    expect(getComputedStyle(part(el, 'name')!).color).to.equal('rgb(10, 200, 30)');
  });

  it('is accessible', async () => {
    const el = await fixture(html`<mlops-tool-card tool="mlflow"></mlops-tool-card>`);
    await expect(el).to.be.accessible();
  });
});

describe('<mlops-tool-card>: compact variant', () => {
  it('shows the name and tags; description and category stay for screen readers only', async () => {
    const wrapper = await fixture(html`<div style="width: 600px">
      <mlops-tool-card tool="mlflow"></mlops-tool-card>
      <mlops-tool-card tool="mlflow" variant="compact"></mlops-tool-card>
    </div>`);
    const [full, compact] = wrapper.querySelectorAll('mlops-tool-card');
    for (const name of ['description', 'category']) {
      const hidden = part(compact, name)!;
      expect(hidden.getBoundingClientRect().width, name).to.be.at.most(1);
      expect(hidden.getBoundingClientRect().height, name).to.be.at.most(1);
      expect(part(full, name)!.getBoundingClientRect().width, name).to.be.greaterThan(100);
    }
    expect(text(part(compact, 'description'))).to.equal(text(part(full, 'description')));
    expect(tagTexts(compact)).to.deep.equal(tagTexts(full));
    expect(part(compact, 'tags')!.getBoundingClientRect().width).to.be.greaterThan(100);
    // Name and tags share the space: the compact card is markedly shorter than the full one.
    const fullHeight = part(full, 'card')!.getBoundingClientRect().height;
    const compactHeight = part(compact, 'card')!.getBoundingClientRect().height;
    expect(compactHeight).to.be.lessThan(fullHeight * 0.6);
  });

  it('puts the tags beside the name when there is room', async () => {
    const wrapper = await fixture(html`<div style="width: 800px">
      <mlops-tool-card tool="feast" variant="compact"></mlops-tool-card>
    </div>`);
    const el = wrapper.querySelector('mlops-tool-card')!;
    const name = heading(el)!.getBoundingClientRect();
    const firstTag = part(el, 'tag')!.getBoundingClientRect();
    expect(firstTag.left).to.be.greaterThan(name.right);
    expect(firstTag.top).to.be.lessThan(name.bottom);
  });

  it('accepts the variant in any case and switches back to full', async () => {
    const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="mlflow" variant="COMPACT"></mlops-tool-card>`);
    expect(part(el, 'description')!.getBoundingClientRect().width).to.be.at.most(1);
    el.variant = 'full';
    await el.updateComplete;
    expect(part(el, 'description')!.getBoundingClientRect().width).to.be.greaterThan(1);
  });

  it('is accessible', async () => {
    const el = await fixture(html`<mlops-tool-card tool="kserve" variant="compact"></mlops-tool-card>`);
    await expect(el).to.be.accessible();
  });
});

describe('<mlops-tool-card>: problems', () => {
  it('shows an unknown tool as a polite message with a suggestion, warns once and fires mlops-error', async () => {
    await withWarnings(async (warnings) => {
      const events: CustomEvent<MlopsErrorDetail>[] = [];
      const el = await fixture<MlopsToolCard>(
        html`<mlops-tool-card tool="mlfow" @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => events.push(event)}></mlops-tool-card>`,
      );
      const message = part(el, 'error')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.getAttribute('part')).to.equal('card error');
      expect(text(message)).to.equal('No tool called “mlfow” in this profile. Did you mean MLflow?');
      expect(heading(el)).to.equal(null);
      expect(events.length).to.equal(1);
      expect(events[0].detail).to.deep.equal({
        code: 'unknown-tool',
        message: 'No tool called “mlfow” in this profile.',
        suggestion: 'MLflow',
      });
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('mlfow').and.to.contain('MLflow');
      // Re-rendering for another reason reports nothing new.
      el.requestUpdate();
      await el.updateComplete;
      expect(events.length).to.equal(1);
      expect(warnings.length).to.equal(1);
    });
  });

  it('lists the tools when nothing is close to an unknown name', async () => {
    await withWarnings(async () => {
      const el = await fixture<MlopsToolCard>(html`<mlops-tool-card tool="spreadsheet wizard"></mlops-tool-card>`);
      const message = text(part(el, 'error'));
      expect(message).to.contain('No tool called “spreadsheet wizard” in this profile.');
      expect(message).to.contain('Tools in this profile: Kubeflow, MLflow, TensorFlow Extended (TFX),');
      expect(message).to.contain('Metaflow.');
    });
  });

  it('says what to do when the tool attribute is missing or blank', async () => {
    await withWarnings(async (warnings) => {
      const events: MlopsErrorDetail[] = [];
      const onError = (event: CustomEvent<MlopsErrorDetail>) => events.push(event.detail);
      const el = await fixture<MlopsToolCard>(html`<mlops-tool-card @mlops-error=${onError}></mlops-tool-card>`);
      expect(text(part(el, 'error'))).to.equal('No tool chosen: set the tool attribute to a tool id or name, for example tool="mlflow".');
      expect(events.map((event) => event.code)).to.deep.equal(['missing-tool']);
      el.tool = '   ';
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain('No tool chosen');
      el.tool = 'dagster';
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(text(heading(el))).to.equal('Dagster');
      expect(warnings.length).to.equal(1);
    });
  });

  for (const value of ['9', '0', 'abc', '2.5', '']) {
    it(`falls back to h3 with a warning for heading-level="${value}"`, async () => {
      await withWarnings(async () => {
        const events: MlopsErrorDetail[] = [];
        const onError = (event: CustomEvent<MlopsErrorDetail>) => events.push(event.detail);
        const el = await fixture(html`<mlops-tool-card tool="mlflow" heading-level=${value} @mlops-error=${onError}></mlops-tool-card>`);
        expect(heading(el)!.tagName).to.equal('H3');
        expect(events.length).to.equal(1);
        expect(events[0].code).to.equal('invalid-attribute');
        expect(events[0].message).to.contain('heading-level');
      });
    });
  }

  it('falls back to the full variant with a warning for an unknown variant', async () => {
    await withWarnings(async (warnings) => {
      const events: MlopsErrorDetail[] = [];
      const onError = (event: CustomEvent<MlopsErrorDetail>) => events.push(event.detail);
      const el = await fixture(html`<mlops-tool-card tool="mlflow" variant="huge" @mlops-error=${onError}></mlops-tool-card>`);
      expect(part(el, 'card')!.classList.contains('full')).to.equal(true);
      expect(part(el, 'description')!.getBoundingClientRect().width).to.be.greaterThan(1);
      expect(events).to.deep.equal([{ code: 'invalid-attribute', message: 'variant=“huge” is not "full" or "compact"; using "full".' }]);
      expect(warnings.length).to.equal(1);
    });
  });

  it('renders a hostile tool attribute as text', async () => {
    await withWarnings(async () => {
      const hostile = '<img src=x onerror="window.__hacked = true">';
      const el = await fixture(html`<mlops-tool-card tool=${hostile}></mlops-tool-card>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(text(part(el, 'error'))).to.contain(`No tool called “${hostile}”`);
      expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
    });
  });

  it('keeps a very long value inside a phone-width card', async () => {
    await withWarnings(async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><mlops-tool-card tool=${'x'.repeat(5000)}></mlops-tool-card></div>`);
      const message = part(wrapper.querySelector('mlops-tool-card')!, 'error')!;
      expect(message.getBoundingClientRect().width).to.be.at.most(320);
      expect(message.scrollWidth).to.be.at.most(message.clientWidth);
      // The message quotes the start of the value, not all 5000 characters.
      expect(text(message).length).to.be.lessThan(400);
    });
  });

  it('is accessible in the message state', async () => {
    await withWarnings(async () => {
      const el = await fixture(html`<mlops-tool-card tool="mlfow"></mlops-tool-card>`);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<mlops-tool-card>: a dataset from <mlops-profile>', () => {
  const hostileTool: Tool = {
    id: 'evil',
    name: '<script>window.__hacked = true</script>Evil',
    description: '<img src=x onerror="window.__hacked = true">',
    tags: ['<b>bold</b>', 'A'.repeat(300)],
    category: '<i>Technologies</i>',
  };

  it('looks the tool up in the provided dataset, not the bundled one', async () => {
    await withWarnings(async () => {
      const el = await withTools([hostileTool], html`<mlops-tool-card tool="mlflow"></mlops-tool-card>`);
      expect(text(part(el, 'error'))).to.contain('No tool called “mlflow”');
      (el as MlopsToolCard).tool = 'evil';
      await (el as MlopsToolCard).updateComplete;
      expect(part(el, 'error')).to.equal(null);
    });
  });

  it('renders hostile dataset strings as text and wraps long ones', async () => {
    const el = await withTools([hostileTool], html`<mlops-tool-card tool="evil" style="width: 320px"></mlops-tool-card>`);
    expect(shadow(el).querySelector('script, img, b, i')).to.equal(null);
    expect(text(heading(el))).to.equal(hostileTool.name);
    expect(text(part(el, 'description'))).to.equal(hostileTool.description);
    expect(tagTexts(el)[0]).to.equal('<b>bold</b>');
    const card = part(el, 'card')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
  });
});

describe('<mlops-tool-card>: dark pages', () => {
  async function lightAndDark(variant: string): Promise<{ light: HTMLElement; dark: HTMLElement; darkWrapper: HTMLElement }> {
    const wrapper = await fixture(html`<div>
      <div class="light"><mlops-tool-card tool="mlflow" variant=${variant}></mlops-tool-card></div>
      <div class="dark"><mlops-tool-card tool="mlflow" variant=${variant}></mlops-tool-card></div>
    </div>`);
    const darkWrapper = wrapper.querySelector<HTMLElement>('.dark')!;
    // Set from script, as a page's stylesheet would: no inline style strings in templates.
    darken(darkWrapper);
    const [light, dark] = [...wrapper.querySelectorAll('mlops-tool-card')].map((card) => part(card, 'card')!);
    return { light, dark, darkWrapper };
  }

  it('follows color-scheme: dark with dark colours', async () => {
    const { light, dark } = await lightAndDark('full');
    expect(getComputedStyle(dark).backgroundColor).to.not.equal(getComputedStyle(light).backgroundColor);
    expect(getComputedStyle(dark).color).to.not.equal(getComputedStyle(light).color);
    // The dark card is dark: its background is darker than its text.
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, value) => sum + Number(value), 0);
    expect(luminance(getComputedStyle(dark).backgroundColor)).to.be.lessThan(luminance(getComputedStyle(dark).color));
  });

  it('is accessible on a dark page, full and compact', async () => {
    for (const variant of ['full', 'compact']) {
      const { darkWrapper } = await lightAndDark(variant);
      await expect(darkWrapper).to.be.accessible();
    }
  });

  it('shows the message state in dark colours too, accessibly', async () => {
    await withWarnings(async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><mlops-tool-card tool="mlfow"></mlops-tool-card></div>`);
      darken(wrapper);
      const message = part(wrapper.querySelector('mlops-tool-card')!, 'error')!;
      expect(getComputedStyle(message).backgroundColor).to.equal('rgb(22, 27, 34)');
      await expect(wrapper).to.be.accessible();
    });
  });
});

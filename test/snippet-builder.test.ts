// The docs' snippet builder (stories/snippet-builder.ts): a control changes the live element and the
// copied HTML, and that HTML pasted into a blank page renders the same element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { builderElements, defineSnippetBuilder, snippetHtml, type SnippetBuilder } from '../stories/snippet-builder.js';

defineSnippetBuilder();

const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function builder(): Promise<SnippetBuilder> {
  const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
  await el.updateComplete;
  return el;
}
const control = <T extends Element>(el: SnippetBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const live = (el: SnippetBuilder) => el.shadowRoot!.querySelector('.preview')!.firstElementChild!;

/** Pastes HTML into a fresh container, as a site would (test code: parsing is the point here). */
async function paste(snippet: string): Promise<Element> {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  for (const script of template.content.querySelectorAll('script')) script.remove();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(template.content);
  const element = container.firstElementChild!;
  await (element as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

describe('snippet builder', () => {
  it('offers every element of the manifest with its attributes and their kinds', () => {
    const elements = builderElements();
    expect(elements.map((element) => element.tag)).to.include.members(['mlops-term', 'mlops-tool-card', 'mlops-tool-grid', 'mlops-demographics', 'mlops-feedback']);
    const card = elements.find((element) => element.tag === 'mlops-tool-card')!;
    expect(card.fields.find((field) => field.name === 'variant')).to.deep.include({ kind: 'choice', options: ['full', 'compact'] });
    expect(card.fields.find((field) => field.name === 'heading-level')?.kind).to.equal('number');
    expect(elements.find((element) => element.tag === 'mlops-term')?.text).to.equal(true);
  });

  it('escapes what it writes: a value cannot break out of its attribute or the element', () => {
    expect(snippetHtml('mlops-tool-card', { tool: '"><script>x</script>' }, '</mlops-tool-card><b>')).to.equal(
      '<script type="module" src="https://your-cdn.example/mlops-elements/dist/cdn/mlops-tool-card.js"></script>\n\n' +
        '<mlops-tool-card tool="&quot;>&lt;script>x&lt;/script>">&lt;/mlops-tool-card&gt;&lt;b&gt;</mlops-tool-card>',
    );
  });

  it('a changed control changes the live element and the HTML to copy', async () => {
    const el = await builder();
    await waitUntil(() => live(el)?.localName === 'mlops-tool-card', 'no live card');
    expect(el.snippet).to.include('src="https://your-cdn.example/mlops-elements/dist/cdn/mlops-tool-card.js"');
    const tool = control<HTMLInputElement>(el, 'input[name="tool"]');
    tool.value = 'kubeflow';
    tool.dispatchEvent(new Event('input'));
    const variant = control<HTMLSelectElement>(el, 'select[name="variant"]');
    variant.value = 'compact';
    variant.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(live(el).getAttribute('tool')).to.equal('kubeflow');
    expect(live(el).getAttribute('variant')).to.equal('compact');
    expect(el.snippet).to.include('<mlops-tool-card tool="kubeflow" variant="compact"></mlops-tool-card>');
    await waitUntil(() => shadowText(live(el)).includes('Kubeflow'), 'the live card does not show Kubeflow');
  });

  it('another element: its own attributes, its text content, its script', async () => {
    const el = await builder();
    const tag = control<HTMLSelectElement>(el, 'select[name="tag"]');
    tag.value = 'mlops-term';
    tag.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(control(el, 'input[name="tool"]')).to.equal(null);
    expect(control(el, 'input[name="open-delay"]')).to.exist;
    expect(el.snippet).to.include('dist/cdn/mlops-term.js');
    expect(el.snippet).to.include('<mlops-term>model drift</mlops-term>');
    expect(live(el).textContent).to.equal('model drift');
  });

  it('the copied HTML, pasted into a blank page, renders the same element', async () => {
    const el = await builder();
    const tool = control<HTMLInputElement>(el, 'input[name="tool"]');
    tool.value = 'Seldon Core';
    tool.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await waitUntil(() => shadowText(live(el)).includes('Seldon'), 'the live card did not render');
    const copied: string[] = [];
    // The browser's clipboard needs a permission the test runner cannot grant in every engine: an own
    // property over Navigator.prototype's getter records what is written, and deleting it restores the getter.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    try {
      const sent = new Promise<string>((resolve) => el.addEventListener('snippet-copy', (event) => resolve((event as CustomEvent<string>).detail), { once: true }));
      control<HTMLButtonElement>(el, 'button').click();
      expect(await sent).to.equal(el.snippet);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(copied).to.deep.equal([el.snippet]);
    await el.updateComplete;
    expect(control(el, '[role="status"]').textContent).to.equal('Copied.');
    const pasted = await paste(copied[0]);
    await waitUntil(() => shadowText(pasted) === shadowText(live(el)), `pasted "${shadowText(pasted)}" is not "${shadowText(live(el))}"`);
  });

  it('passes axe', async function () {
    // axe over a form of a dozen controls and a live card: several seconds in WebKit on a busy machine.
    this.timeout(20000);
    const el = await builder();
    await waitUntil(() => shadowText(live(el)).length > 0);
    await expect(el).to.be.accessible();
  });
});

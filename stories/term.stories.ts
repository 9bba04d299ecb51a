import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/mlops-term.js';
import '../src/define/mlops-profile.js';
import { dark, narrow, rendered, shadowPart } from './story-helpers.js';

interface TermArgs {
  text: string;
  term?: string;
  open: boolean;
}

const meta: Meta<TermArgs> = {
  title: 'Elements/mlops-term',
  component: 'mlops-term',
  args: { text: 'model drift', open: false },
  argTypes: { text: { control: 'text', description: 'The phrase in the running text (light DOM).' } },
  render: ({ text, term, open }) => html`<p>Our dashboards missed the <mlops-term term=${term ?? nothing} ?open=${open}>${text}</mlops-term> for weeks.</p>`,
};
export default meta;
type Story = StoryObj<TermArgs>;

/** The text content is the lookup key: hover, focus or tap the phrase. */
export const Default: Story = {};

/** The `term` attribute picks the term when the text says it differently. */
export const ByTermAttribute: Story = { args: { text: 'when the model slowly goes stale', term: 'model-drift' } };

/** An outsider's phrase finds the insider term. */
export const OutsiderPhrase: Story = { args: { text: 'Software Bugs in Machine Learning' } };

/** `open` shows the bubble without any interaction. */
export const Open: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    const term = await rendered(canvasElement, 'mlops-term');
    const bubble = await shadowPart(term, 'bubble');
    await expect(bubble.textContent).toContain('Model Drift');
  },
};

/** An unknown phrase stays plain text, and the element reports `mlops-error` with a suggestion. */
export const UnknownTerm: Story = {
  args: { text: 'model drfit' },
  play: async ({ canvasElement }) => {
    const term = await rendered(canvasElement, 'mlops-term');
    await expect(term.textContent).toBe('model drfit');
    await expect(term.shadowRoot).toBeNull();
    await expect(term.matches(':state(trigger)')).toBe(false);
    await expect(term.hasAttribute('tabindex')).toBe(false);
  },
};

/** Several terms in one paragraph; only one bubble is open at a time. */
export const InProse: Story = {
  render: () => html`<p>
    A <mlops-term>feature store</mlops-term> feeds the <mlops-term>ML pipeline</mlops-term>, and
    <mlops-term>model retraining</mlops-term> answers <mlops-term>model drift</mlops-term>.
  </p>`,
};

/** `glossary-href`: the open bubble links to the term's entry on the site's glossary page ("Full entry"), above the reader's "Don't open on hover". */
export const GlossaryLink: Story = {
  render: () => html`<p>Our dashboards missed the <mlops-term glossary-href="/glossary/" open>model drift</mlops-term> for weeks.</p>`,
  play: async ({ canvasElement }) => {
    const term = await rendered(canvasElement, 'mlops-term');
    const bubble = await shadowPart(term, 'bubble');
    await waitFor(() => expect(bubble.querySelector('a')?.getAttribute('href')).toBe('/glossary/#model-drift'));
    await expect(bubble.querySelector('input[type=checkbox]')).not.toBeNull();
  },
};

export const DarkPage: Story = { ...dark, args: { open: true } };

export const NarrowViewport: Story = { ...narrow, args: { open: true, text: 'observability' } };

/** Inside `<mlops-profile>`, terms come from another dataset (here a sample "Home Bakers" profile). */
export const AnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json">
    <p>Feed the <mlops-term>levain</mlops-term> before you bake.</p>
  </mlops-profile>`,
  play: async ({ canvasElement }) => {
    const term = await rendered(canvasElement, 'mlops-term');
    // Known once the dataset has loaded: the element becomes its own trigger (no shadow root until opened).
    await waitFor(() => expect(term.matches(':state(trigger)')).toBe(true));
    term.show();
    const bubble = await shadowPart(term, 'bubble');
    await expect(bubble.textContent).toContain('Levain');
    term.hide();
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/mlops-tool-card.js';
import '../src/define/mlops-profile.js';
import { dark, narrow, rendered, shadowPart, shadowText } from './story-helpers.js';

interface ToolCardArgs {
  tool?: string;
  variant: 'full' | 'compact';
  headingLevel?: number;
}

const meta: Meta<ToolCardArgs> = {
  title: 'Elements/mlops-tool-card',
  component: 'mlops-tool-card',
  args: { tool: 'mlflow', variant: 'full' },
  argTypes: { variant: { control: 'inline-radio', options: ['full', 'compact'] } },
  render: ({ tool, variant, headingLevel }) =>
    html`<mlops-tool-card tool=${tool ?? nothing} variant=${variant} heading-level=${headingLevel ?? nothing}></mlops-tool-card>`,
};
export default meta;
type Story = StoryObj<ToolCardArgs>;

/** Category, name, description and tags. */
export const Full: Story = {};

/** Name and tags only; description and category stay available to screen readers. */
export const Compact: Story = { args: { variant: 'compact', tool: 'kubeflow' } };

/** Looked up by name, any case. */
export const ByName: Story = { args: { tool: 'Seldon Core' } };

/** `heading-level` fits the card into the page's outline. */
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };

/** An unknown tool: a visible message with "did you mean …?", and `mlops-error`. */
export const UnknownTool: Story = {
  args: { tool: 'mlflwo' },
  play: async ({ canvasElement }) => {
    const card = await rendered(canvasElement, 'mlops-tool-card');
    await shadowPart(card, 'error');
    await expect(shadowText(card)).toContain('MLflow');
  },
};

/** No `tool` at all: the message says what is missing. */
export const MissingTool: Story = { args: { tool: undefined } };

/** `--mlops-*` custom properties and `::part()` restyle the card from the page. */
export const Themed: Story = {
  render: () => html`<style>
      .themed mlops-tool-card {
        --mlops-tool-card-background: #fff8e6;
        --mlops-tool-card-border-color: #b36b00;
        --mlops-tool-card-radius: 2px;
        --mlops-tool-card-category-color: #7a4100;
        --mlops-color-text: #2b1d00;
      }
      .themed mlops-tool-card::part(tag) {
        border-style: dashed;
      }
    </style>
    <div class="themed"><mlops-tool-card tool="bentoml"></mlops-tool-card></div>`,
};

export const DarkPage: Story = { ...dark, args: { tool: 'feast' } };

export const NarrowViewport: Story = { ...narrow, args: { tool: 'argo-workflows' } };

/** Inside `<mlops-profile>`, the card reads another dataset. */
export const AnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json"><mlops-tool-card tool="dutch-oven"></mlops-tool-card></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const card = await rendered(canvasElement, 'mlops-tool-card');
    await waitFor(() => expect(shadowText(card)).toContain('Dutch Oven'));
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/mlops-tool-grid.js';
import '../src/define/mlops-profile.js';
import { dark, narrow, rendered, shadowPart, shadowText } from './story-helpers.js';

interface ToolGridArgs {
  tag?: string;
  variant: 'full' | 'compact';
  headingLevel?: number;
}

const meta: Meta<ToolGridArgs> = {
  title: 'Elements/mlops-tool-grid',
  component: 'mlops-tool-grid',
  args: { variant: 'full' },
  argTypes: { variant: { control: 'inline-radio', options: ['full', 'compact'] } },
  render: ({ tag, variant, headingLevel }) => html`<mlops-tool-grid tag=${tag ?? nothing} variant=${variant} heading-level=${headingLevel ?? nothing}></mlops-tool-grid>`,
};
export default meta;
type Story = StoryObj<ToolGridArgs>;

/** Every tool in the dataset. */
export const AllTools: Story = {};

/** Tools with one tag. */
export const FilteredByTag: Story = { args: { tag: 'Kubernetes Native' } };

/** Several tags: tools with ANY of them. */
export const SeveralTags: Story = { args: { tag: 'Kubernetes Native, K8s Native, Kubernetes' } };

export const Compact: Story = { args: { variant: 'compact' } };

/** No tool has the tag: a message with a suggestion and the available tags, and `mlops-error`. */
export const NoMatch: Story = {
  args: { tag: 'Kubernetis' },
  play: async ({ canvasElement }) => {
    const grid = await rendered(canvasElement, 'mlops-tool-grid');
    await shadowPart(grid, 'empty');
    await expect(shadowText(grid)).toContain('Kubernetes');
  },
};

export const DarkPage: Story = { ...dark, args: { tag: 'Model Serving' } };

export const NarrowViewport: Story = { ...narrow, args: { variant: 'compact' } };

/** Inside `<mlops-profile>`, the grid lists another dataset's tools. */
export const AnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json"><mlops-tool-grid></mlops-tool-grid></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const grid = await rendered(canvasElement, 'mlops-tool-grid');
    await waitFor(() => expect(shadowText(grid)).toContain('1 tool'));
  },
};

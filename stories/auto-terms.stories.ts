import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/mlops-auto-terms.js';
import { dark, narrow } from './story-helpers.js';

interface AutoTermsArgs {
  all: boolean;
}

const meta: Meta<AutoTermsArgs> = {
  title: 'Elements/mlops-auto-terms',
  component: 'mlops-auto-terms',
  args: { all: false },
  render: ({ all }) => html`<mlops-auto-terms ?all=${all}>
    <p>We built a feature store first. Then model drift hit, and model drift hit again.</p>
    <p data-mlops-skip>Left alone: model drift.</p>
  </mlops-auto-terms>`,
};
export default meta;
type Story = StoryObj<AutoTermsArgs>;

/** The first occurrence of each glossary phrase becomes an `<mlops-term>`. */
export const FirstOccurrence: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('mlops-term').length).toBe(2));
  },
};

/** `all` wraps every occurrence. */
export const EveryOccurrence: Story = {
  args: { all: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('mlops-term').length).toBe(3));
  },
};

export const DarkPage: Story = { ...dark };

export const NarrowViewport: Story = { ...narrow };

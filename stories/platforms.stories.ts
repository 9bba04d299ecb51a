import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/mlops-demographics.js';
import '../src/define/mlops-platforms.js';
import '../src/define/mlops-profile.js';
import { dark, narrow, rendered, shadowPart, shadowText } from './story-helpers.js';

interface PlatformsArgs {
  headingLevel?: number;
}

const meta: Meta<PlatformsArgs> = {
  title: 'Elements/mlops-platforms',
  component: 'mlops-platforms',
  render: ({ headingLevel }) => html`<mlops-platforms heading-level=${headingLevel ?? nothing}></mlops-platforms>`,
};
export default meta;
type Story = StoryObj<PlatformsArgs>;

/** The three itemised platforms as cards, and the share the source does not itemise. */
export const Platforms: Story = {
  play: async ({ canvasElement }) => {
    const platforms = await rendered(canvasElement, 'mlops-platforms');
    await waitFor(() => expect(shadowText(platforms)).toContain('Messaging & Chat'));
    await expect(shadowText(platforms)).toContain('The other 40 % is not itemised');
  },
};

/** Beside the platform chart: Enter on a bar moves to its card, a click highlights it. */
export const BesideTheChart: Story = {
  render: () => html`<mlops-demographics chart="platforms"></mlops-demographics><mlops-platforms></mlops-platforms>`,
  play: async ({ canvasElement }) => {
    const chart = await rendered(canvasElement, 'mlops-demographics');
    const platforms = await rendered(canvasElement, 'mlops-platforms');
    await userEvent.click(chart.shadowRoot!.querySelector<SVGElement>('[data-index="1"]')!);
    await waitFor(() => expect(platforms.shadowRoot!.querySelector('[part~="revealed"]')?.textContent).toContain('GitHub'));
  },
};

export const DarkPage: Story = { ...dark };

export const NarrowViewport: Story = { ...narrow };

/** A malformed `heading-level`: headings at level 3, and `mlops-error`. */
export const InvalidHeadingLevel: Story = {
  render: () => html`<mlops-platforms heading-level="nine"></mlops-platforms>`,
  play: async ({ canvasElement }) => {
    const platforms = await rendered(canvasElement, 'mlops-platforms');
    await shadowPart(platforms, 'title');
    await expect(platforms.shadowRoot!.querySelector('h3')).not.toBe(null);
  },
};

/** Inside `<mlops-profile>`, the cards show another dataset. */
export const AnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json"><mlops-platforms></mlops-platforms></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const platforms = await rendered(canvasElement, 'mlops-platforms');
    await waitFor(() => expect(shadowText(platforms)).toContain('Farmers Markets'));
  },
};

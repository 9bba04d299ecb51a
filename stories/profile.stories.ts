import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/all.js';
import { dark, narrow, rendered, shadowPart, shadowText } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/mlops-profile',
  component: 'mlops-profile',
};
export default meta;
type Story = StoryObj;

/** Without `src`, the elements inside use the bundled MLOps profile. */
export const Bundled: Story = {
  render: () => html`<mlops-profile>
    <p>Watch for <mlops-term>model drift</mlops-term>.</p>
    <mlops-tool-card tool="mlflow" variant="compact"></mlops-tool-card>
  </mlops-profile>`,
};

/** `src` loads another dataset (data/examples/sample-bubble.json, served as a static file). */
export const FromSrc: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json">
    <p>Feed the <mlops-term>levain</mlops-term>, then take a <mlops-term>crumb shot</mlops-term>.</p>
    <mlops-tool-card tool="dutch-oven"></mlops-tool-card>
    <mlops-demographics chart="gender"></mlops-demographics>
  </mlops-profile>`,
  play: async ({ canvasElement }) => {
    const card = await rendered(canvasElement, 'mlops-tool-card');
    await waitFor(() => expect(shadowText(card)).toContain('Dutch Oven'));
  },
};

/** `setProfile(data)` supplies a dataset from script, validated the same way. */
export const FromScript: Story = {
  render: () => html`<mlops-profile><mlops-tool-grid variant="compact"></mlops-tool-grid></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const profile = await rendered(canvasElement, 'mlops-profile');
    const response = await fetch('data/examples/sample-bubble.json');
    await expect(await profile.setProfile(await response.json(), 'story')).toBe(true);
    const grid = await rendered(canvasElement, 'mlops-tool-grid');
    await waitFor(() => expect(shadowText(grid)).toContain('1 tool'));
  },
};

/** A dataset that fails the schema: an error box, `mlops-error`, and the bundled data stays. */
export const InvalidDataset: Story = {
  render: () => html`<mlops-profile><mlops-tool-card tool="mlflow"></mlops-tool-card></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const profile = await rendered(canvasElement, 'mlops-profile');
    await expect(await profile.setProfile({ name: 42 }, 'story')).toBe(false);
    await shadowPart(profile, 'error');
  },
};

export const DarkPage: Story = { ...dark, render: FromSrc.render, play: FromSrc.play };

export const NarrowViewport: Story = { ...narrow, render: FromSrc.render, play: FromSrc.play };

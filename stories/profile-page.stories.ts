import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/mlops-profile-page.js';
import '../src/define/mlops-profile.js';
import { dark, narrow } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/Profile page and sections',
  component: 'mlops-section',
};
export default meta;
type Story = StoryObj;

/** One section of the profile. */
export const Section: Story = { render: () => html`<mlops-section section="greeting"></mlops-section>` };

/** The key findings, as a list. */
export const KeyFindings: Story = { render: () => html`<mlops-section section="key-findings"></mlops-section>` };

/** An unknown section: a visible message with a suggestion, and `mlops-error`. */
export const UnknownSection: Story = { render: () => html`<mlops-section section="greting"></mlops-section>` };

/** One of the profile's fictional portraits. */
export const Persona: Story = { render: () => html`<mlops-persona name="Ravi"></mlops-persona>` };

/** Every term, insider and outsider. */
export const Glossary: Story = { render: () => html`<mlops-glossary></mlops-glossary>` };

/** The whole profile as one page. */
export const ProfilePage: Story = { render: () => html`<mlops-profile-page></mlops-profile-page>` };

/** The whole page for another dataset. */
export const ProfilePageAnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json"><mlops-profile-page></mlops-profile-page></mlops-profile>`,
};

export const DarkPage: Story = { ...dark, render: ProfilePage.render };

export const NarrowViewport: Story = { ...narrow, render: ProfilePage.render };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { defineSnippetBuilder } from './snippet-builder.js';

defineSnippetBuilder();

const meta: Meta = {
  title: 'Docs/Snippet builder',
  // The page is the builder itself: no API table of its own.
  tags: ['!autodocs'],
  parameters: { docs: { description: { component: 'Pick an element, set its attributes, see it live, copy the HTML (script tag included).' } } },
  render: () => html`<snippet-builder></snippet-builder>`,
};
export default meta;

/** The builder, starting with a tool card. */
export const Builder: StoryObj = {
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('snippet-builder')!;
    await builder.updateComplete;
    await waitFor(() => expect(builder.shadowRoot?.querySelector('.preview mlops-tool-card')).toBeTruthy());
    await expect(builder.snippet).toContain('<mlops-tool-card tool="mlflow"></mlops-tool-card>');
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/mlops-feedback-results.js';
import { rendered, shadowPart, shadowText } from './story-helpers.js';

// The stories answer the element's request themselves: Storybook has no receiver. The tally is a
// made-up example for the layout, not data about the community.
const exampleSummary = {
  votes: 214,
  average: 4.21,
  helpfulShare: 0.8738,
  byRating: { 1: 9, 2: 6, 3: 12, 4: 60, 5: 127 },
  reasons: [
    { id: 'clear', votes: 98 },
    { id: 'examples', votes: 41 },
    { id: 'missing', votes: 17 },
  ],
};
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input).includes('/example-receiver/feedback/summary')
    ? Promise.resolve(new Response(JSON.stringify({ page: location.href, ...exampleSummary }), { headers: { 'content-type': 'application/json' } }))
    : pageFetch(input, init);

const meta: Meta<{ src: string }> = {
  title: 'Elements/mlops-feedback-results',
  component: 'mlops-feedback-results',
  args: { src: '/example-receiver/feedback/summary' },
  render: ({ src }) => html`<mlops-feedback-results src=${src}></mlops-feedback-results>`,
};
export default meta;
type Story = StoryObj<{ src: string }>;

/** The receiver's tally: the headline, the ratings as bars (and a table), the top reasons. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const results = await rendered(canvasElement, 'mlops-feedback-results');
    await shadowPart(results, 'headline');
    await waitFor(() => expect(shadowText(results)).toContain('87 % of 214 readers found this helpful'));
  },
};

/** Without `src`: a visible message, a console hint and `mlops-error`; nothing is fetched. */
export const MissingSource: Story = { args: { src: '' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/mlops-feedback.js';
import '../src/define/mlops-profile.js';
import { registerStrings } from '../src/index.js';
import { dark, narrow, rendered, shadowPart, shadowText } from './story-helpers.js';

interface FeedbackArgs {
  scale: '5' | 'thumbs';
  question?: string;
  endpoint?: string;
}

const meta: Meta<FeedbackArgs> = {
  title: 'Elements/mlops-feedback',
  component: 'mlops-feedback',
  args: { scale: '5' },
  argTypes: { scale: { control: 'inline-radio', options: ['5', 'thumbs'] } },
  render: ({ scale, question, endpoint }) => html`<mlops-feedback scale=${scale} question=${question ?? nothing} endpoint=${endpoint ?? nothing}></mlops-feedback>`,
};
export default meta;
type Story = StoryObj<FeedbackArgs>;

/** The profile's question on a 1–5 scale. */
export const FivePointScale: Story = {};

/** Thumbs up or down. */
export const Thumbs: Story = { args: { scale: 'thumbs' } };

/** `question` replaces the profile's question. */
export const CustomQuestion: Story = { args: { question: 'Did this page answer your question?' } };

/** The `question` slot takes markup. */
export const QuestionSlot: Story = {
  render: () => html`<mlops-feedback><span slot="question">How helpful was <em>this guide</em>?</span></mlops-feedback>`,
};

/** A rating chosen: reasons and a comment field appear. */
export const RatingChosen: Story = {
  play: async ({ canvasElement }) => {
    const feedback = await rendered(canvasElement, 'mlops-feedback');
    await userEvent.click(feedback.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating"][value="4"]')!);
    await shadowPart(feedback, 'reasons');
  },
};

/** Submitted without an endpoint: the answer goes to `mlops-feedback-submit` listeners only. */
export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    const feedback = await rendered(canvasElement, 'mlops-feedback');
    await userEvent.click(feedback.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating"][value="5"]')!);
    await userEvent.click(await shadowPart(feedback, 'submit'));
    await shadowPart(feedback, 'change');
    await waitFor(() => expect(feedback.deliveryState).toBe('local'));
  },
};

/** With `endpoint`, a submitted answer is also POSTed as JSON (not submitted in this story). */
export const WithEndpoint: Story = { args: { endpoint: '/api/feedback' } };

/** An endpoint that is not an http(s) URL: a visible notice once submitted, and `mlops-error`. */
export const InvalidEndpoint: Story = {
  args: { endpoint: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const feedback = await rendered(canvasElement, 'mlops-feedback');
    await userEvent.click(feedback.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating"][value="3"]')!);
    await userEvent.click(await shadowPart(feedback, 'submit'));
    await waitFor(() => expect(feedback.deliveryState).toBe('invalid-endpoint'));
  },
};

export const DarkPage: Story = { ...dark };

export const NarrowViewport: Story = { ...narrow, args: { scale: 'thumbs' } };

/** Inside `<mlops-profile>`, the question comes from another dataset. */
export const AnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json"><mlops-feedback></mlops-feedback></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const feedback = await rendered(canvasElement, 'mlops-feedback');
    await waitFor(() => expect(shadowText(feedback)).toContain('Home Bakers'));
  },
};

/**
 * Translated wording: `registerStrings('de', …)` once, and `lang="de"` on the element or an ancestor.
 * The question itself comes from the profile (English here); strings left out (the reasons, the
 * comment field) stay English. demo/docs-de.html shows a complete German table.
 */
export const TranslatedGerman: Story = {
  render: () => {
    registerStrings('de', {
      feedback: {
        notHelpful: 'Nicht hilfreich',
        veryHelpful: 'Sehr hilfreich',
        submit: 'Absenden',
      },
    });
    return html`<div lang="de"><mlops-feedback></mlops-feedback></div>`;
  },
  play: async ({ canvasElement }) => {
    const feedback = await rendered(canvasElement, 'mlops-feedback');
    await userEvent.click(feedback.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating"][value="4"]')!);
    await waitFor(async () => expect((await shadowPart(feedback, 'submit')).textContent?.trim()).toBe('Absenden'));
    await expect(shadowText(feedback)).toContain('Sehr hilfreich');
  },
};

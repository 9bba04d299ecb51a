import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/mlops-demographics.js';
import '../src/define/mlops-profile.js';
import { dark, narrow, rendered, shadowPart, shadowText } from './story-helpers.js';

interface DemographicsArgs {
  chart?: string;
  headingLevel?: number;
  sonify?: boolean;
}

const meta: Meta<DemographicsArgs> = {
  title: 'Elements/mlops-demographics',
  component: 'mlops-demographics',
  argTypes: { chart: { control: 'select', options: [undefined, 'platforms', 'gender', 'age', 'age gender'] } },
  render: ({ chart, headingLevel, sonify }) =>
    html`<mlops-demographics chart=${chart ?? nothing} heading-level=${headingLevel ?? nothing} ?sonify=${sonify}></mlops-demographics>`,
};
export default meta;
type Story = StoryObj<DemographicsArgs>;

/** No `chart`: platforms, gender and age. */
export const AllCharts: Story = {};

/** Only the itemised platforms; the rest is drawn as "not itemised", never invented. */
export const Platforms: Story = { args: { chart: 'platforms' } };

export const Gender: Story = { args: { chart: 'gender' } };

export const Age: Story = { args: { chart: 'age' } };

/** The data table, opened with the chart's "Show table" disclosure. */
export const TableShown: Story = {
  args: { chart: 'age' },
  play: async ({ canvasElement }) => {
    const chart = await rendered(canvasElement, 'mlops-demographics');
    await userEvent.click(await shadowPart(chart, 'toggle'));
    const table = await shadowPart(chart, 'table');
    await waitFor(() => expect(table.checkVisibility()).toBe(true));
  },
};

/** With `sonify`: a Play button under the chart plays its bars as rising tones (never by itself), beside the download and copy buttons. */
export const Sonify: Story = {
  args: { chart: 'age', sonify: true },
  play: async ({ canvasElement }) => {
    const chart = await rendered(canvasElement, 'mlops-demographics');
    const tools = await shadowPart(chart, 'tools');
    await waitFor(() =>
      expect([...tools.querySelectorAll('button')].map((button) => button.textContent?.trim().split(':')[0])).toEqual([
        'Download CSV',
        'Copy table',
        'Download SVG',
        'Download PNG',
        'Play',
      ]),
    );
  },
};

/** A bar focused with the keyboard: its value is read out in the readout line. */
export const BarFocused: Story = {
  args: { chart: 'platforms' },
  play: async ({ canvasElement }) => {
    const chart = await rendered(canvasElement, 'mlops-demographics');
    const bar = chart.shadowRoot!.querySelector<SVGElement>('[data-index="0"]')!;
    bar.focus();
    await waitFor(() => expect((chart.shadowRoot!.querySelector('[part="readout"]')?.textContent ?? '').trim()).not.toBe(''));
  },
};

/** An unknown chart name: a notice with a suggestion, and `mlops-error`. */
export const InvalidChart: Story = {
  args: { chart: 'platfroms' },
  play: async ({ canvasElement }) => {
    const chart = await rendered(canvasElement, 'mlops-demographics');
    await shadowPart(chart, 'message');
    await expect(shadowText(chart)).toContain('platforms');
  },
};

export const DarkPage: Story = { ...dark, args: { chart: 'platforms' } };

export const NarrowViewport: Story = { ...narrow };

/** Inside `<mlops-profile>`, the charts show another dataset. */
export const AnotherDataset: Story = {
  render: () => html`<mlops-profile src="data/examples/sample-bubble.json"><mlops-demographics chart="age"></mlops-demographics></mlops-profile>`,
  play: async ({ canvasElement }) => {
    const chart = await rendered(canvasElement, 'mlops-demographics');
    await waitFor(() => expect(shadowText(chart)).toContain('Home Bakers'));
  },
};

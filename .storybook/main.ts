// Storybook, configured by hand (`storybook init` cannot run against this registry).
// Stories load the elements from src/, whose bundled data is plain TypeScript (src/data/bundled/): no plugin needed.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The guides are the repository's Markdown (README.md, docs/*.md), shown as it is: one text, two places.
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The sample dataset the <mlops-profile> stories load with `src`.
  staticDirs: [{ from: '../data/examples', to: '/data/examples' }],
};

export default config;

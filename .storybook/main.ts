// Storybook, configured by hand (`storybook init` cannot run against this registry).
// Stories load the elements from src/, so the build needs the same `?slice=` data plugin as the library.
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';
import { dataSlices } from '../vite.config.ts';

/** Plugin names in a (possibly nested) Vite plugin list. */
function pluginNames(plugins: PluginOption[] = []): string[] {
  return plugins.flat(Infinity as 1).flatMap((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? [plugin.name] : []));
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The sample dataset the <mlops-profile> stories load with `src`.
  staticDirs: [{ from: '../data/examples', to: '/data/examples' }],
  async viteFinal(viteConfig) {
    // Storybook may or may not merge vite.config.ts itself; add the data plugin only when it is missing.
    const plugins = viteConfig.plugins ?? [];
    if (!pluginNames(plugins).includes('mlops-data-slices')) plugins.unshift(dataSlices());
    return { ...viteConfig, plugins, json: { namedExports: true, stringify: false } };
  },
};

export default config;

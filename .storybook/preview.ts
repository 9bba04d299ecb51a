import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define/all.js';

interface Member {
  privacy?: string;
  static?: boolean;
}

/**
 * The Docs pages' attribute, property, event, slot, part and CSS property tables come from the
 * manifest. Storybook lists every member it finds, so private, protected and static ones (internal
 * state, `define()`) are left out: the tables show the public API only.
 */
function publicApi(full: typeof manifest): typeof manifest {
  const copy = structuredClone(full);
  for (const module of copy.modules) {
    for (const declaration of (module.declarations ?? []) as Array<{ members?: Member[] }>) {
      if (declaration.members) declaration.members = declaration.members.filter((member) => !member.privacy && !member.static);
    }
  }
  return copy;
}

setCustomElementsManifest(publicApi(manifest));

/** The page colours for each scheme: the elements follow the page's `color-scheme` through light-dark(). */
const schemes = {
  light: { colorScheme: 'light', background: '#ffffff', color: '#1f2328' },
  dark: { colorScheme: 'dark', background: '#0d1117', color: '#e6edf3' },
} as const;

/** Applies the `scheme` global (toolbar: light/dark) to the preview page, as a host page would. */
const withScheme: Decorator = (story, context) => {
  const scheme = schemes[context.globals.scheme === 'dark' ? 'dark' : 'light'];
  const root = document.documentElement;
  root.style.colorScheme = scheme.colorScheme;
  document.body.style.background = scheme.background;
  document.body.style.color = scheme.color;
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withScheme],
  globalTypes: {
    scheme: {
      description: 'Page colour scheme (light or dark background and `color-scheme`)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;

/**
 * The dsd renderer, once loaded: Lit's server renderer and the element classes are loaded only when a
 * render needs them (`prepareRender`), or at once by a module that must render synchronously from its
 * first call (the markdown-it plugin, which imports them itself and hands the renderer over here).
 */
import { explainMissingPeer } from './peer-dependencies.js';

export type ServerRender = (source: string, lang: string) => string;

let serverRender: ServerRender | undefined;

export function setServerRender(render: ServerRender): void {
  serverRender = render;
}

export function loadedServerRender(): ServerRender | undefined {
  return serverRender;
}

/**
 * Loads what dsd mode renders with (Lit's server renderer and the element classes), once. Only
 * `renderDocumentSync` needs it called first: the other functions load it themselves.
 */
export async function prepareRender(): Promise<void> {
  if (serverRender) return;
  const dsd = await import('./dsd.js').catch((error: unknown) => {
    throw explainMissingPeer(error, 'dsd mode (plain mode does not)');
  });
  await dsd.defineElements();
  serverRender = dsd.renderElementSource;
}

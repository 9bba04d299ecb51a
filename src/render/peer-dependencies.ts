/**
 * The renderer's packages, which mlops-elements lists as optional peer dependencies (so that a page that only
 * uses the elements installs Lit, @lit/context and zod alone): parse5 reads the pages, and Lit's server
 * renderer writes dsd mode's declarative shadow DOM.
 */
export const rendererPeers = ['parse5', '@lit-labs/ssr'] as const;

/** A renderer part that cannot load because the app has not installed one of the packages above. */
export class MissingPeerError extends Error {
  override name = 'MissingPeerError';
}

/**
 * `error` as a MissingPeerError that says what to install, if it is Node's failure to find one of the
 * renderer's packages; otherwise `error` itself. `what` names the part that needs it.
 */
export function explainMissingPeer(error: unknown, what: string, peers: readonly string[] = rendererPeers): unknown {
  const { code, message = '' } = (error ?? {}) as { code?: string; message?: string };
  if (code !== 'ERR_MODULE_NOT_FOUND') return error;
  const missing = peers.filter((name) => message.includes(`'${name}'`));
  if (!missing.length) return error;
  return new MissingPeerError(
    `${what} needs ${missing.join(' and ')}, an optional peer dependency of mlops-elements that is not installed: npm install --save-dev ${peers.join(' ')}`,
    { cause: error },
  );
}

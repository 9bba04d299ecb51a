import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

// Shared across copies of the library on one page, so "warn once" holds even then.
const warnedKey = Symbol.for('mlops-elements.define-warnings');
const globalState = globalThis as typeof globalThis & { [warnedKey]?: Set<string> };

/**
 * Registers `constructor` as `tag` unless the tag is taken. Two copies of the library on one page
 * (a CDN script and a bundled app, say) must not throw: the first definition wins, and one console
 * warning names both versions when they differ.
 */
export function defineOnce(tag: string, constructor: VersionedConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const theirs = existing.version ?? 'unknown';
  const ours = constructor.version ?? VERSION;
  if (theirs === ours) return;
  const warned = (globalState[warnedKey] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `mlops-elements: <${tag}> is already defined by mlops-elements ${theirs}; this copy (${ours}) keeps the existing definition. Load one copy of the library to avoid surprises.`,
  );
}

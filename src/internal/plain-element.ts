import { ContextEvent as ContextRequestEvent } from '@lit/context';
import { profileContext, type ProvidedProfile } from '../data/context.js';
import { defineOnce } from './define.js';
import { VERSION } from './version.js';

// Servers (SSR, Node) have no HTMLElement: the class must still load there, it is only never constructed.
const HTMLElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * What the renderer-free elements (<mlops-term>, <mlops-auto-terms>) share with the Lit-based
 * ones of src/internal/base.ts, without Lit: the version, the guarded `define()`, and the profile
 * of the nearest `<mlops-profile>` through the context protocol.
 */
export abstract class PlainMlopsElement extends HTMLElementBase {
  /** This copy's version, compared by `define()` when another copy of the library defined the tag. */
  static readonly version = VERSION;

  /** The tag `define()` registers when called without one. */
  static readonly defaultTag: string = '';

  /**
   * Registers the element; safe to call twice and beside another copy of the library.
   * @param tag custom tag name, for pages that need to rename it
   * @param registry a scoped registry, for pages that use one
   */
  static define(tag: string = this.defaultTag, registry: CustomElementRegistry = customElements): void {
    // Called on a concrete subclass (MlopsTerm.define()), never on this abstract class itself.
    defineOnce(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** The dataset of the nearest `<mlops-profile>`: null while it loads one, undefined without one. */
  protected providedProfile?: ProvidedProfile;
  private unsubscribeProfile?: () => void;

  /** Called when the provided profile changes (a provider answered, swapped or loaded a dataset). */
  protected abstract profileChanged(): void;

  /**
   * The context protocol: the nearest <mlops-profile> answers with its dataset, and again whenever
   * it changes, until `unsubscribeFromProfile()`. No answer: the bundled dataset. Call on connect.
   */
  protected subscribeToProfile(): void {
    this.providedProfile = undefined;
    // Built first: the manifest analyzer would list a `dispatchEvent(new …)` as an event of ours.
    const request = new ContextRequestEvent(profileContext, this, (profile, unsubscribe) => this.receiveProfile(profile, unsubscribe), true);
    this.dispatchEvent(request);
  }

  /** Call on disconnect: a removed element must not keep its provider's attention. */
  protected unsubscribeFromProfile(): void {
    this.unsubscribeProfile?.();
    this.unsubscribeProfile = undefined;
  }

  private receiveProfile(profile: ProvidedProfile, unsubscribe?: () => void): void {
    // A new provider (one inserted between us and the old one) answers with a new unsubscribe.
    if (unsubscribe !== this.unsubscribeProfile) {
      this.unsubscribeProfile?.();
      this.unsubscribeProfile = unsubscribe;
    }
    if (profile === this.providedProfile) return;
    this.providedProfile = profile;
    this.profileChanged();
  }
}

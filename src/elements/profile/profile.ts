import { provide } from '@lit/context';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { profileContext, type ProvidedProfile } from '../../data/context.js';
import type { Profile } from '../../data/types.js';
import { MlopsElement } from '../../internal/base.js';
import { emit, reportError } from '../../internal/events.js';
import { tokens } from '../../internal/tokens.js';
import { profileStrings } from './profile.strings.js';

/** Details of `mlops-profile-load`. */
export interface ProfileLoadDetail {
  /** The dataset, validated against the schema. */
  profile: Profile;
  /** Where it came from: the `src` URL, or `property` when set from script. */
  source: string;
}

type LoadState = { status: 'bundled' } | { status: 'loading'; src: string } | { status: 'ready' } | { status: 'error'; message: string; errors: string[] };

/**
 * Provides another community-profile dataset to every mlops element inside it. Without it, elements
 * use the bundled MLOps profile. The dataset is checked against the schema at run time (the checker
 * is loaded on demand, so pages that never use `src` never download it).
 *
 * Set `src` to load a JSON file, or call `setProfile(data)` from script. While a file loads, the
 * elements inside render their fallback and wait; a dataset that cannot be loaded or fails the schema
 * shows an error box (part `error`), fires `mlops-error` and leaves the bundled dataset in place.
 * The element itself takes no room (`display: contents`).
 *
 * @tagname mlops-profile
 * @summary Supplies a profile dataset to the elements inside it.
 *
 * @slot - Any content, including mlops elements, which read their data from this provider.
 *
 * @csspart error - The message shown when the dataset cannot be loaded or is invalid.
 *
 * @cssprop [--mlops-color-danger=light-dark(#b42318, #ff8b7d)] - Colour of the error message's border and heading (shared token).
 *
 * @fires {CustomEvent<ProfileLoadDetail>} mlops-profile-load - A dataset was loaded and validated; `detail: { profile, source }`.
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - Loading failed: `profile-not-found`, `network-error`, `invalid-json` or `invalid-profile` (schema errors); `detail: { code, message }`.
 */
export class MlopsProfile extends MlopsElement {
  static override readonly defaultTag = 'mlops-profile';

  static override styles = [
    tokens,
    css`
      :host {
        display: contents;
      }
      [part='error'] {
        display: block;
        margin: 0.5rem 0;
        padding: 0.75rem 1rem;
        border: 1px solid var(--_danger);
        border-left-width: 4px;
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        font: 0.9rem/1.45 var(--_font, system-ui, sans-serif);
        overflow-wrap: anywhere;
      }
      strong {
        color: var(--_danger);
      }
      ul {
        margin: 0.25rem 0 0;
        padding-left: 1.25rem;
      }
    `,
  ];

  /** URL of a profile JSON file (same schema as the bundled `data/mlops.json`). Fetched without cookies. */
  @property({ reflect: true }) src?: string;

  /**
   * The provided dataset: `null` while `src` is loading, `undefined` when there is none (elements
   * then use the bundled dataset). Use `setProfile()` to supply one from script with validation.
   */
  // The one element with decorators: @provide's accessor hands every new value to the subscribers
  // as it is set, which the loading sequence relies on; the others declare `static properties`.
  @provide({ context: profileContext })
  @property({ attribute: false })
  profile?: ProvidedProfile;

  @state() private loadState: LoadState = { status: 'bundled' };

  private request?: AbortController;

  private get strings(): typeof profileStrings {
    return this.localize('profile', profileStrings);
  }

  override connectedCallback(): void {
    // Say "loading" before the first update: descendants upgraded in the same task must not judge
    // their attributes against the bundled dataset while the page's own one is on its way.
    if (this.profile === undefined && this.getAttribute('src')) this.profile = null;
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src') && this.src !== changed.get('src')) void this.load(this.src);
  }

  /** Validates and provides a dataset given from script; resolves to whether it was accepted. */
  async setProfile(data: unknown, source = 'property'): Promise<boolean> {
    const { validateProfile } = await import('../../data/validate.js');
    const result = validateProfile(data);
    if (!result.ok) {
      this.fail('invalid-profile', this.strings.invalidProfile(source), result.errors);
      return false;
    }
    this.profile = result.profile;
    this.loadState = { status: 'ready' };
    emit<ProfileLoadDetail>(this, 'mlops-profile-load', { profile: result.profile, source });
    return true;
  }

  private async load(src: string | undefined): Promise<void> {
    this.request?.abort();
    if (!src) {
      this.profile = undefined;
      this.loadState = { status: 'bundled' };
      return;
    }
    const request = (this.request = new AbortController());
    this.loadState = { status: 'loading', src };
    this.profile = null;
    let data: unknown;
    try {
      const response = await fetch(src, { credentials: 'omit', signal: request.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        this.fail('profile-not-found', this.strings.notFound(src, response.status));
        return;
      }
      const text = await response.text();
      try {
        data = JSON.parse(text);
      } catch (error) {
        this.fail('invalid-json', this.strings.invalidJson(src, (error as Error).message));
        return;
      }
    } catch (error) {
      if (request.signal.aborted) return;
      this.fail('network-error', this.strings.networkError(src, (error as Error).message));
      return;
    }
    if (request.signal.aborted) return;
    await this.setProfile(data, `“${src}”`);
  }

  /** Falls back to the bundled dataset and says what went wrong, in place and in the console. */
  private fail(code: string, message: string, errors: string[] = []): void {
    this.loadState = { status: 'error', message, errors };
    if (this.profile === null) this.profile = undefined;
    reportError(this, { code, message: errors.length ? `${message} ${errors.slice(0, 3).join('; ')}` : message });
  }

  override render() {
    const state = this.loadState;
    return html`${
      state.status === 'error'
        ? html`<div part="error" role="alert">
            <strong>${this.strings.notLoaded}</strong> ${state.message}
            ${state.errors.length ? html`<ul>${state.errors.map((error) => html`<li><code>${error}</code></li>`)}</ul>` : nothing}
          </div>`
        : nothing
    }<slot></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-profile-load': CustomEvent<ProfileLoadDetail>;
  }
}

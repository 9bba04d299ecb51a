import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ProvidedProfile } from '../data/context.js';
import { connectElement, defineOnce, disconnectElement, reportProblems } from './element-core.js';
import type { MlopsErrorDetail } from './events.js';
import { localize, type StringTables } from './i18n.js';
import { VERSION } from './version.js';

/**
 * The element contract of element-core.ts on Lit: the version, the guarded `define()`, the profile
 * provided by an enclosing `<mlops-profile>` (undefined without one: elements then use the bundled
 * dataset), wording that follows `lang`, and problems reported after the render that shows them.
 */
export class MlopsElement extends LitElement {
  static readonly version = VERSION;

  /** The tag `define()` registers when called without one. */
  static readonly defaultTag: string = '';

  /**
   * Registers the element; safe to call twice and beside another copy of the library.
   * @param tag custom tag name, for pages that need to rename it
   * @param registry a scoped registry, for pages that use one (by default, the page's `customElements`)
   */
  static define(tag: string = this.defaultTag, registry?: CustomElementRegistry): void {
    defineOnce(tag, this, registry);
  }

  /**
   * The dataset of the nearest `<mlops-profile>`: undefined without one (use the bundled data),
   * null while it loads one (render the fallback, report nothing yet).
   */
  protected providedProfile?: ProvidedProfile;

  static override get properties(): PropertyDeclarations {
    return { providedProfile: { state: true, attribute: false } };
  }

  /** True while an enclosing `<mlops-profile src>` is still loading its dataset. */
  protected get profilePending(): boolean {
    return this.providedProfile === null;
  }

  private endProfileSubscription?: () => void;
  private problemsToReport?: MlopsErrorDetail[];

  override connectedCallback(): void {
    super.connectedCallback();
    // Every render shows the element's wording: it follows `lang` for as long as it is connected.
    this.endProfileSubscription = connectElement(this, (profile) => (this.providedProfile = profile), true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectElement(this, this.endProfileSubscription);
  }

  /** The element's wording in its language (`lang` here or on an ancestor): English with any registered translation over it. */
  protected localize<K extends keyof StringTables>(table: K, english: StringTables[K]): StringTables[K] {
    return localize(this, table, english);
  }

  /**
   * Queues a problem found while preparing a render (in `willUpdate`); it is reported after the
   * render, so `mlops-error` listeners already see the message state that explains it.
   */
  protected reportAfterRender(problem: MlopsErrorDetail | undefined): void {
    if (problem) (this.problemsToReport ??= []).push(problem);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problems = this.problemsToReport;
    this.problemsToReport = undefined;
    reportProblems(this, problems);
  }
}

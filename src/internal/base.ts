import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { profileContext, type ProvidedProfile } from '../data/context.js';
import { defineOnce } from './define.js';
import { reportError, type MlopsErrorDetail } from './events.js';
import { VERSION } from './version.js';

/**
 * What every element shares: its version, the guarded `define()`, and the profile provided by an
 * enclosing `<mlops-profile>` (undefined without one: elements then use the bundled dataset).
 */
export class MlopsElement extends LitElement {
  static readonly version = VERSION;

  /** The tag `define()` registers when called without one. */
  static readonly defaultTag: string = '';

  /**
   * Registers the element; safe to call twice and beside another copy of the library.
   * @param tag custom tag name, for pages that need to rename it
   * @param registry a scoped registry, for pages that use one
   */
  static define(tag: string = this.defaultTag, registry: CustomElementRegistry = customElements): void {
    defineOnce(tag, this, registry);
  }

  /**
   * The dataset of the nearest `<mlops-profile>`: undefined without one (use the bundled data),
   * null while it loads one (render the fallback, report nothing yet).
   */
  @consume({ context: profileContext, subscribe: true })
  @state()
  protected providedProfile?: ProvidedProfile;

  /** True while an enclosing `<mlops-profile src>` is still loading its dataset. */
  protected get profilePending(): boolean {
    return this.providedProfile === null;
  }

  private problemsToReport: MlopsErrorDetail[] = [];

  /**
   * Queues a problem found while preparing a render (in `willUpdate`); it is reported after the
   * render, so `mlops-error` listeners already see the message state that explains it.
   */
  protected reportAfterRender(problem: MlopsErrorDetail | undefined): void {
    if (problem) this.problemsToReport.push(problem);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problems = this.problemsToReport;
    this.problemsToReport = [];
    for (const problem of problems) reportError(this, problem);
  }
}

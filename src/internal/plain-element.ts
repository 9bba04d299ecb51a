import type { ProvidedProfile } from '../data/context.js';
import { connectElement, defineOnce, disconnectElement, reportProblems } from './element-core.js';
import type { MlopsErrorDetail } from './events.js';
import { VERSION } from './version.js';

// Servers (SSR, Node) have no HTMLElement: the class must still load there, it is only never constructed.
const HTMLElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * Elements due to update, all updated in one microtask: a page upgrades hundreds of terms at once,
 * and one queued task each cost more than some of their renders.
 */
let due: PlainMlopsElement[] = [];

/**
 * The element contract of element-core.ts without Lit, for the renderer-free elements
 * (<mlops-term>, <mlops-auto-terms>): the version, the guarded `define()`, the profile of the nearest
 * `<mlops-profile>`, wording that follows `lang` while the element shows any (it calls
 * `followLanguage()`), problems reported after the update that shows them; and what Lit would
 * otherwise do for them: properties set before the upgrade are taken over, changes are batched into
 * one `update()` a microtask later, and `updateComplete` says when it ran.
 *
 * A subclass declares its attributes in `observedAttributes`, each backed by an accessor named
 * after it in camelCase (`open-delay` → `openDelay`), and implements `update()`. A value set on the
 * element before the upgrade is handed to the accessor on the first connection: the subclass's own
 * fields are not initialised yet while this constructor runs.
 */
export abstract class PlainMlopsElement extends HTMLElementBase {
  /** This copy's version, compared by `define()` when another copy of the library defined the tag. */
  static readonly version = VERSION;

  /** The tag `define()` registers when called without one. */
  static readonly defaultTag: string = '';

  static get observedAttributes(): string[] {
    return [];
  }

  /**
   * Registers the element; safe to call twice and beside another copy of the library.
   * @param tag custom tag name, for pages that need to rename it
   * @param registry a scoped registry, for pages that use one (by default, the page's `customElements`)
   */
  static define(tag: string = this.defaultTag, registry?: CustomElementRegistry): void {
    // Called on a concrete subclass (MlopsTerm.define()), never on this abstract class itself.
    defineOnce(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** The dataset of the nearest `<mlops-profile>`: null while it loads one, undefined without one. */
  protected providedProfile?: ProvidedProfile;
  private endProfileSubscription?: () => void;
  /** Set while an update is due: the burst of changes before it is handled by one update. */
  private updatePending?: boolean;
  /** Nothing is updated before the first connection: it schedules the update asked for until then. */
  private everConnected?: boolean;
  private updateDone?: Promise<boolean>;
  private finishUpdate?: (done: boolean) => void;
  private problemsToReport?: MlopsErrorDetail[];

  constructor() {
    super();
    this.requestUpdate();
  }

  /**
   * Resolves once the element has updated to its current state (true, or false if another change
   * came in meanwhile), like a Lit element's: `el.term = 'mlflow'; await el.updateComplete;`.
   */
  get updateComplete(): Promise<boolean> {
    if (!this.updatePending) return Promise.resolve(true);
    return (this.updateDone ??= new Promise((resolve) => (this.finishUpdate = resolve)));
  }

  /** Asks for an update in a microtask (called by the element's setters, a provider or a `lang` change); one for a burst of changes. */
  requestUpdate(): void {
    if (this.updatePending) return;
    this.updatePending = true;
    if (this.everConnected) this.scheduleUpdate();
  }

  /** @internal */
  connectedCallback(): void {
    if (!this.everConnected) {
      this.everConnected = true;
      // A property set on the element before it was upgraded hides the accessor: hand it over.
      for (const attribute of (this.constructor as typeof PlainMlopsElement).observedAttributes) {
        const name = attribute.replace(/-./g, (dash) => dash[1].toUpperCase()) as keyof this;
        if (Object.hasOwn(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      // Changes made before the first connection update now (the constructor asked for an update).
      this.scheduleUpdate();
    }
    // No `lang` watching from here: a plain element shows wording only at times, if at all (a term's
    // open bubble), and follows `lang` while it does (followLanguage()).
    this.endProfileSubscription = connectElement(this, (profile) => {
      if (profile === this.providedProfile) return;
      this.providedProfile = profile;
      this.profileChanged();
    });
  }

  /** @internal */
  disconnectedCallback(): void {
    disconnectElement(this, this.endProfileSubscription);
  }

  /** Brings the element up to date with its properties, its text and its provider's dataset. */
  protected abstract update(): void;

  /** Called when the provided profile changes (a provider answered, swapped or loaded a dataset): an update by default. */
  protected profileChanged(): void {
    this.requestUpdate();
  }

  /**
   * Queues a problem found while preparing an update; it is reported after the update, so
   * `mlops-error` listeners already see the state that explains it.
   */
  protected reportAfterRender(problem: MlopsErrorDetail | undefined): void {
    if (problem) (this.problemsToReport ??= []).push(problem);
  }

  private scheduleUpdate(): void {
    if (due.push(this) === 1) queueMicrotask(PlainMlopsElement.updateDue);
  }

  /** Updates the elements due, in the order they asked; one that asks again meanwhile waits for the next microtask. */
  private static updateDue(this: void): void {
    const elements = due;
    due = [];
    for (const element of elements) {
      // Changes made from here on (by an event listener, say) get an update of their own.
      element.updatePending = false;
      try {
        element.update();
        const problems = element.problemsToReport;
        element.problemsToReport = undefined;
        reportProblems(element, problems);
      } catch (error) {
        // One element's failure must not keep the others from updating: rethrown on its own.
        queueMicrotask(() => {
          throw error;
        });
      } finally {
        const finish = element.finishUpdate;
        element.updateDone = element.finishUpdate = undefined;
        finish?.(!element.updatePending);
      }
    }
  }
}

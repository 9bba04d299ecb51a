import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { MlopsElement } from '../../internal/base.js';
import type { MlopsErrorDetail } from '../../internal/events.js';
import { sectionStrings, type SectionStrings } from './section.strings.js';
import { checkHeadingLevel } from './templates.js';

/**
 * What <mlops-section>, <mlops-persona>, <mlops-glossary> and <mlops-profile-page> share: the checked
 * `heading-level`, problems found before a render and reported after it (so an `mlops-error`
 * listener sees the message state), and waiting while an enclosing `<mlops-profile src>` loads.
 */
export class SectionElement extends MlopsElement {
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  /** The level (1–6) of the element's top heading; the headings under it go one level deeper. */
  headingLevel?: number;

  /** The checked heading level used for rendering. */
  protected level = 2;

  /** Properties whose change means `resolve()` must look its selection up again. */
  protected readonly selectors: readonly PropertyKey[] = [];

  /** The wording the section family shares (titles, labels, messages), in the element's language. */
  protected get sectionStrings(): SectionStrings {
    return this.localize('section', sectionStrings);
  }

  /** The heading level without a (valid) `heading-level` attribute. */
  protected get defaultHeadingLevel(): number {
    return 2;
  }

  /**
   * Looks up what to show from the attributes and the current dataset; returns the problem to
   * report, if any. Not called while a provided dataset is still loading.
   */
  protected resolve(): MlopsErrorDetail | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    // A bad attribute converts to NaN: the message quotes it as written ("nine") instead.
    const value = Number.isNaN(this.headingLevel) ? (this.getAttribute('heading-level') ?? this.headingLevel) : this.headingLevel;
    const { level, problem } = checkHeadingLevel(value, this.defaultHeadingLevel, this.sectionStrings);
    this.level = level;
    if (problem && (first || changed.has('headingLevel'))) this.reportAfterRender(problem);
    if (this.profilePending) return;
    if (first || changed.has('providedProfile') || this.selectors.some((key) => changed.has(key))) {
      const found = this.resolve();
      this.reportAfterRender(found);
    }
  }

  override render(): TemplateResult | typeof nothing {
    return this.profilePending ? nothing : this.renderContent();
  }

  /** The element's content once its dataset is known. */
  protected renderContent(): TemplateResult | typeof nothing {
    return nothing;
  }
}

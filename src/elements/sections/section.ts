import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { findByName, suggestName } from '../../data/lookup.js';
import type { MlopsErrorDetail } from '../../internal/events.js';
import { bundledSectionData, type SectionData } from '../../data/sections.js';
import { SectionElement } from './section-element.js';
import { sectionKeys, sectionKinds, type SectionKey } from './section-kinds.js';
import { sectionStrings } from './section.strings.js';
import { sectionStyles } from './section.styles.js';
import { heading, problemMessage } from './templates.js';

// Matched in English, whatever the page's language: the attribute is code, not wording.
export const sectionChoices = sectionKeys.map((key) => ({ id: key, title: key === 'summary' ? sectionStrings.summaryTitle : sectionStrings.titles[key] }));
export const choiceNames = (choice: (typeof sectionChoices)[number]) => [choice.title];

/** The section a `section` value names: its key (`key-findings`) or title (`Key findings`), case-insensitive. */
export function findSection(value: unknown): SectionKey | undefined {
  return findByName(sectionChoices, value == null ? '' : String(value), choiceNames)?.id;
}

/**
 * One section of the community profile, as the source page shows it: the summary, key findings,
 * sub-groups, the ideological divides, the greeting, inside jokes, facts & sayings, unwritten rules,
 * first steps, welcoming practices, beginner mistakes, regional differences, misconceptions, or
 * clothing & styles. (The glossary, the portraits, the charts, the tools and the feedback prompt have
 * elements of their own.)
 *
 * The section has a title at `heading-level` (default 2) and the headings of its items one level
 * deeper; lists are `<ul>`/`<ol>`, and text is always text. The data comes from the nearest
 * `<mlops-profile>`, or else the bundled MLOps profile; while that provider is loading, the element
 * renders nothing.
 *
 * Honest data: the summary shows the description as the source does, cut off and marked so, with the
 * General Q&A that says it in full; the divides show the segment names and the two axes, never
 * positions, which the source does not give.
 *
 * A section the dataset leaves empty shows its title and "…: not in this profile." A missing or
 * unknown `section` renders a visible message with a suggestion, warns once in the console and fires
 * `mlops-error`.
 *
 * @tagname mlops-section
 * @summary One section of the community profile: key findings, sub-groups, inside jokes, first steps…
 *
 * @slot - Not rendered; content placed inside the element shows only before it is defined (a fallback).
 *
 * @csspart section - The `<section>` around the title and content.
 * @csspart title - The section's title.
 * @csspart list - The list of items (`<ul>`, or `<ol>` for first steps and misconceptions).
 * @csspart item - One item's card.
 * @csspart item-title - The heading of an item, and the sub-headings of the summary, greeting and divides.
 * @csspart label - An item's eyebrow label: a key finding's category, "Step 1", "Misconception #1".
 * @csspart text - An item's text under its heading.
 * @csspart tag - A chip: the kind and category of the summary, a step's duration and level, a segment.
 * @csspart tags - The list of divide segments.
 * @csspart lead - The first steps' "Time to basics" line.
 * @csspart description - The summary's description as the source gives it.
 * @csspart general-qa - The summary's General Q&A sentence.
 * @csspart note - A note on the data: a truncated description, the divides without positions.
 * @csspart conversation - The greeting's example conversation (`<figure>`).
 * @csspart line - One line of the conversation; also `insider` or `outsider`.
 * @csspart speaker - The speaker label of a conversation line.
 * @csspart cultural-context - The greeting's cultural context.
 * @csspart reality - The reality that answers a misconception.
 * @csspart axes - The divides' axes (`<dl>`).
 * @csspart empty - The note shown when the dataset has nothing for the section.
 * @csspart error - The message shown for a missing or unknown `section`.
 *
 * @cssprop [--mlops-section-gap=1rem] - Space between the cards of a list.
 * @cssprop [--mlops-section-min-column-width=18rem] - The narrowest a column of cards gets before the list drops one.
 * @cssprop [--mlops-section-item-background=var(--mlops-color-surface)] - Card background.
 * @cssprop [--mlops-section-item-border-color=var(--mlops-color-border)] - Card and chip border.
 * @cssprop [--mlops-section-item-padding=1rem 1.25rem] - Card padding.
 * @cssprop [--mlops-section-title-size=1.5rem] - Font size of the section's title.
 * @cssprop [--mlops-section-label-color=var(--mlops-color-accent)] - Colour of the eyebrow labels.
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code, message, suggestion? }`: `missing-section`, `unknown-section`,
 * or `invalid-attribute` for a bad `heading-level`.
 */
export class MlopsSection extends SectionElement {
  static override readonly defaultTag = 'mlops-section';

  static override styles = sectionStyles;
  static override get properties(): PropertyDeclarations {
    return {
      section: {},
    };
  }

  /**
   * Which section to show: `summary`, `key-findings`, `sub-groups`, `divides`, `greeting`,
   * `inside-jokes`, `sayings`, `unwritten-rules`, `first-steps`, `welcoming-practices`,
   * `beginner-mistakes`, `regional-differences`, `misconceptions` or `clothing` (a title such as
   * "Facts & sayings" works too, in any case).
   */
  section?: string;

  protected override readonly selectors = ['section'];

  private shown?: SectionKey;
  private problem?: MlopsErrorDetail;

  protected override resolve(): MlopsErrorDetail | undefined {
    const value = this.sectionValue;
    this.shown = findSection(value);
    this.problem = this.shown
      ? undefined
      : value.trim()
        ? {
            code: 'unknown-section',
            message: this.problemText(),
            suggestion: suggestName(sectionChoices, value, choiceNames, (choice) => choice.id),
          }
        : { code: 'missing-section', message: this.problemText() };
    return this.problem;
  }

  private get sectionValue(): string {
    return this.section == null ? '' : String(this.section);
  }

  /** What is wrong with `section`, worded anew at each render: the language may have changed since. */
  private problemText(): string {
    const value = this.sectionValue;
    return value.trim() ? this.sectionStrings.unknownSection(value) : this.sectionStrings.missingSection(sectionKeys);
  }

  private get data(): SectionData {
    return this.providedProfile ?? bundledSectionData;
  }

  protected override renderContent(): TemplateResult {
    const key = this.shown;
    if (!key) return problemMessage({ ...this.problem!, message: this.problemText() }, this.sectionStrings, this.sectionStrings.sectionList(sectionKeys));
    const kind = sectionKinds[key];
    const data = this.data;
    const strings = this.sectionStrings;
    const title = kind.title(data, strings);
    return html`<section part="section" class="section">
      ${heading(this.level, 'title', title)}
      ${kind.isEmpty(data) ? html`<p part="empty" class="empty">${strings.notInProfile(title)}</p>` : kind.render(data, this.level + 1, strings)}
    </section>`;
  }
}

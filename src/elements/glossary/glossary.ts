import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bundledTerminology } from '../../data/terminology.js';
import type { Term } from '../../data/types.js';
import { FragmentTargets } from '../sections/fragment-targets.js';
import { SectionElement } from '../sections/section-element.js';
import { heading } from '../sections/templates.js';
import { indexGroups, matchesFilter } from './glossary-index.js';
import { glossaryStrings } from './glossary.strings.js';
import { glossaryStyles } from './glossary.styles.js';

/**
 * The profile's terminology as a glossary: a `<dl>` with, for every term, the insider term, its
 * explanation and "Outsiders say: …" with what casual observers call it, in the order of the source;
 * above it an A–Z index (each initial letter with links to its terms) and a filter box that narrows
 * the list as the reader types (matching the name, the outsider phrase or the explanation) and says
 * politely how many terms are shown. The box appears once the script runs (a server-rendered
 * glossary keeps its place, so nothing moves); without the script the index and anchors still work.
 *
 * Every entry has the term's id as its `id` (`model-drift`, `ci-cd`), so a link to
 * `page.html#model-drift` lands on it: a browser does not look inside shadow roots for a fragment,
 * so the glossary does it itself, on load and on every `hashchange`, then scrolls the entry into
 * view, focuses it and marks it (part `entry`, attribute `data-targeted`).
 *
 * The terms come from the nearest `<mlops-profile>`, or else the bundled MLOps profile; while that
 * provider is loading, the element renders nothing. A dataset without terms shows the title and
 * "Terminology: not in this profile."
 *
 * @tagname mlops-glossary
 * @summary The insider terminology as a linkable glossary (`#model-drift`).
 *
 * @slot - Not rendered; content placed inside the element shows only before it is defined (a fallback).
 *
 * @csspart section - The `<section>` around the title and the list.
 * @csspart title - The "Terminology" title, a heading of `heading-level` (default 2).
 * @csspart index - The A–Z index (`<nav>`): each letter with links to its terms.
 * @csspart filter - The filter box: its label and `<input type="search">`.
 * @csspart count - The polite status line: how many terms the filter shows.
 * @csspart list - The `<dl>`.
 * @csspart entry - One term: insider term, explanation and outsider phrase; its `id` is the term's id.
 * @csspart term - The insider term (`<dt>`).
 * @csspart explanation - The explanation (`<dd>`).
 * @csspart outsider - "Outsiders say: …" (`<dd>`).
 * @csspart empty - The note shown when the dataset has no terms.
 *
 * @cssprop [--mlops-section-gap=1rem] - Space between entries.
 * @cssprop [--mlops-section-min-column-width=18rem] - The narrowest a column of entries gets before the list drops one.
 * @cssprop [--mlops-section-item-background=var(--mlops-color-surface)] - Entry background.
 * @cssprop [--mlops-section-item-border-color=var(--mlops-color-border)] - Entry border.
 * @cssprop [--mlops-section-item-padding=1rem 1.25rem] - Entry padding.
 * @cssprop [--mlops-section-title-size=1.5rem] - Font size of the title.
 * @cssprop [--mlops-section-label-color=var(--mlops-color-accent)] - Colour of the "Outsiders say:" label and of the linked entry's edge.
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code: 'invalid-attribute', message, suggestion }` for a bad `heading-level`.
 */
export class MlopsGlossary extends SectionElement {
  static override readonly defaultTag = 'mlops-glossary';

  static override styles = glossaryStyles;

  static override get properties(): PropertyDeclarations {
    return { ...super.properties, filterText: { state: true } };
  }

  /** What the reader typed in the filter box. */
  private filterText = '';
  private readonly fragments = new FragmentTargets(this);

  private get strings(): typeof glossaryStrings {
    return this.localize('glossary', glossaryStrings);
  }

  private get terms(): readonly Term[] {
    return this.providedProfile?.terminology ?? bundledTerminology;
  }

  /**
   * The script runs, so the filter box works: it shows. Set on the rendered box rather than bound in
   * the template, so that a server-rendered glossary hydrates as rendered and then shows it at once.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderRoot.querySelector('.filter:not([data-ready])')?.setAttribute('data-ready', '');
  }

  protected override renderContent(): TemplateResult {
    const terms = this.terms;
    const strings = this.strings;
    const shown = terms.filter((term) => matchesFilter(term, this.filterText));
    return html`<section part="section" class="section">
      ${heading(this.level, 'title', strings.title)}
      ${
        terms.length
          ? html`<nav part="index" class="index" aria-label=${strings.index} @click=${this.fragments.onLinkClick}>
              <ul>
                ${indexGroups(terms).map(
                  ([letter, group]) => html`<li><span class="letter">${letter}</span> ${group.map((term) => html`<a href=${`#${term.id}`}>${term.insider}</a> `)}</li>`,
                )}
              </ul>
            </nav>
            <p part="filter" class="filter">
              <label for="filter">${strings.filter}</label>
              <input id="filter" type="search" autocomplete="off" .value=${this.filterText} @input=${this.onFilterInput} />
            </p>
            <p part="count" class="count" role="status">${this.filterText.trim() ? strings.shown(shown.length, terms.length) : ''}</p>
            <dl part="list" class="items">
              ${terms.map(
                (term) => html`<div part="entry" class="item" id=${term.id} ?hidden=${!shown.includes(term)}>
                  <dt part="term" class="term">${term.insider}</dt>
                  <dd part="explanation">${term.explanation}</dd>
                  <dd part="outsider" class="outsider"><span>${strings.outsidersSay}</span> ${term.outsider}</dd>
                </div>`,
              )}
            </dl>`
          : html`<p part="empty" class="empty">${strings.none}</p>`
      }
    </section>`;
  }

  private onFilterInput(event: Event): void {
    this.filterText = (event.target as HTMLInputElement).value;
  }
}

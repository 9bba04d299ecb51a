import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { findByName, suggestName } from '../../data/lookup.js';
import type { Persona } from '../../data/types.js';
import type { MlopsErrorDetail } from '../../internal/events.js';
import { SectionElement } from '../sections/section-element.js';
import { heading, problemMessage, tagList } from '../sections/templates.js';
import { bundledPersonas } from '../../data/personas.js';
import { personaStrings } from './persona.strings.js';
import { personaStyles } from './persona.styles.js';

const personaNames = (persona: Persona) => [persona.name];

/**
 * The fictional portraits of the community profile: a name and age, role and gender, a short bio,
 * values, motivations, challenges, platforms and keywords. `name="ravi"` shows one portrait (its name
 * a heading of `heading-level`, default 3, like a card); without `name`, all of them under the title
 * "Fictional portraits" (at `heading-level`, default 2, and the names one level deeper).
 *
 * The portraits come from the nearest `<mlops-profile>`, or else the bundled MLOps profile; while
 * that provider is loading, the element renders nothing. An unknown `name` renders a visible message
 * with "did you mean …?" or the list of portraits, warns once in the console and fires `mlops-error`.
 * A dataset without portraits shows the title and "Fictional portraits: not in this profile."
 *
 * @tagname mlops-persona
 * @summary The profile's fictional portraits, or one of them by name.
 *
 * @slot - Not rendered; content placed inside the element shows only before it is defined (a fallback).
 *
 * @csspart section - The `<section>` around all portraits (without `name`).
 * @csspart title - The "Fictional portraits" title (without `name`).
 * @csspart list - The list of portraits (without `name`).
 * @csspart persona - One portrait (`<article>`).
 * @csspart name - A portrait's name and age (a heading).
 * @csspart facts - Role and gender.
 * @csspart tag - A chip: role, gender, a value, platform or keyword.
 * @csspart bio - The short biography.
 * @csspart details - The list of values, motivations, challenges, platforms and keywords (`<dl>`).
 * @csspart tags - The chips of values, platforms or keywords.
 * @csspart bullets - The bullet lists of motivations and challenges.
 * @csspart empty - The note shown when the dataset has no portraits.
 * @csspart error - The message shown for an unknown `name`.
 *
 * @cssprop [--mlops-section-gap=1rem] - Space between portraits.
 * @cssprop [--mlops-section-min-column-width=18rem] - The narrowest a column of portraits gets before the list drops one.
 * @cssprop [--mlops-section-item-background=var(--mlops-color-surface)] - Portrait background.
 * @cssprop [--mlops-section-item-border-color=var(--mlops-color-border)] - Portrait and chip border.
 * @cssprop [--mlops-section-item-padding=1rem 1.25rem] - Portrait padding.
 * @cssprop [--mlops-section-title-size=1.5rem] - Font size of the "Fictional portraits" title.
 * @cssprop [--mlops-section-label-color=var(--mlops-color-accent)] - Colour of the labels (Values, Motivations…).
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code, message, suggestion? }`: `unknown-persona`, or `invalid-attribute`
 * for a bad `heading-level`.
 */
export class MlopsPersona extends SectionElement {
  static override readonly defaultTag = 'mlops-persona';

  static override styles = personaStyles;
  static override get properties(): PropertyDeclarations {
    return {
      name: {},
    };
  }

  /** The portrait to show, by id or name (`ravi`, `Ravi`), case-insensitive. Without it: all portraits. */
  name?: string;

  protected override readonly selectors = ['name'];

  private shown: readonly Persona[] = [];
  private problem?: MlopsErrorDetail;

  private get strings(): typeof personaStrings {
    return this.localize('persona', personaStrings);
  }

  private get wanted(): string {
    return this.name == null ? '' : String(this.name).trim();
  }

  protected override get defaultHeadingLevel(): number {
    return this.wanted ? 3 : 2;
  }

  private get personas(): readonly Persona[] {
    return this.providedProfile?.personas ?? bundledPersonas;
  }

  protected override resolve(): MlopsErrorDetail | undefined {
    const key = this.wanted;
    const found = key ? findByName(this.personas, key, personaNames) : undefined;
    this.shown = key ? (found ? [found] : []) : this.personas;
    this.problem =
      key && !found
        ? { code: 'unknown-persona', message: this.strings.unknownPersona(key), suggestion: suggestName(this.personas, key, personaNames, (persona) => persona.name) }
        : undefined;
    return this.problem;
  }

  protected override renderContent(): TemplateResult {
    if (this.problem) {
      // Worded anew: the language may have changed since the name was judged.
      const problem = { ...this.problem, message: this.strings.unknownPersona(this.wanted) };
      return problemMessage(problem, this.sectionStrings, this.strings.available(this.personas.map((persona) => persona.name)));
    }
    if (this.wanted) return this.renderPersona(this.shown[0], this.level);
    return html`<section part="section" class="section">
      ${heading(this.level, 'title', this.strings.title)}
      ${
        this.shown.length
          ? html`<ul part="list" class="items" role="list">
            ${this.shown.map((persona) => html`<li class="cell">${this.renderPersona(persona, this.level + 1)}</li>`)}
          </ul>`
          : html`<p part="empty" class="empty">${this.strings.none}</p>`
      }
    </section>`;
  }

  private renderPersona(persona: Persona, level: number): TemplateResult {
    const id = `persona-${persona.id}`;
    return html`<article part="persona" class="persona item" aria-labelledby=${id}>
      ${heading(level, 'name', html`${persona.name}<span part="age">, <span class="visually-hidden">${this.strings.age} </span>${persona.age}</span>`, id)}
      <dl part="facts" class="facts">
        <div><dt class="visually-hidden">${this.strings.role}</dt><dd part="tag" class="tag">${persona.role}</dd></div>
        <div><dt class="visually-hidden">${this.strings.gender}</dt><dd part="tag" class="tag">${persona.gender}</dd></div>
      </dl>
      <p part="bio">${persona.bio}</p>
      <dl part="details" class="details">
        <div><dt>${this.strings.values}</dt><dd>${tagList(this.strings.values, persona.values)}</dd></div>
        <div><dt>${this.strings.motivations}</dt><dd>${this.bullets(persona.motivations)}</dd></div>
        <div><dt>${this.strings.challenges}</dt><dd>${this.bullets(persona.challenges)}</dd></div>
        <div><dt>${this.strings.platforms}</dt><dd>${tagList(this.strings.platforms, persona.platforms)}</dd></div>
        <div><dt>${this.strings.keywords}</dt><dd>${tagList(this.strings.keywords, persona.keywords)}</dd></div>
      </dl>
    </article>`;
  }

  private bullets(items: readonly string[]): TemplateResult {
    return html`<ul part="bullets" class="bullets">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }
}

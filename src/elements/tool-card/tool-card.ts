import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bundledTools, findTool, suggestTool } from '../../data/tools.js';
import type { Tool } from '../../data/types.js';
import { MlopsElement } from '../../internal/base.js';
import { reportError, type MlopsErrorDetail } from '../../internal/events.js';
import { tokens, visuallyHidden } from '../../internal/tokens.js';
import { localize } from '../../internal/i18n.js';
import { toolCardStrings } from './tool-card.strings.js';
import { toolCardStyles, toolMessageStyles } from './tool-card.styles.js';

/** `full` shows everything; `compact` shows the name and tags (see the class documentation). */
export type ToolCardVariant = 'full' | 'compact';

const DEFAULT_HEADING_LEVEL = 3;
/**
 * The name as a native heading of the checked level. Six plain templates cost fewer bytes than
 * lit/static-html and keep the tag name out of any data path.
 */
function nameHeading(level: number, name: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="name" class="name" id="name">${name}</h1>`;
    case 2:
      return html`<h2 part="name" class="name" id="name">${name}</h2>`;
    case 4:
      return html`<h4 part="name" class="name" id="name">${name}</h4>`;
    case 5:
      return html`<h5 part="name" class="name" id="name">${name}</h5>`;
    case 6:
      return html`<h6 part="name" class="name" id="name">${name}</h6>`;
    default:
      return html`<h3 part="name" class="name" id="name">${name}</h3>`;
  }
}

/** Checks a `heading-level` value; an absent one is the default, a bad one the default plus a problem. */
function checkHeadingLevel(value: unknown, strings: typeof toolCardStrings): { level: number; problem?: MlopsErrorDetail } {
  if (value === null || value === undefined) return { level: DEFAULT_HEADING_LEVEL };
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return { level };
  return {
    level: DEFAULT_HEADING_LEVEL,
    problem: { code: 'invalid-attribute', message: strings.invalidHeadingLevel(value) },
  };
}

/** Checks a `variant` value (case-insensitive); an absent or bad one is `full`, a bad one with a problem. */
function checkVariant(value: unknown, strings: typeof toolCardStrings): { variant: ToolCardVariant; problem?: MlopsErrorDetail } {
  if (value === null || value === undefined) return { variant: 'full' };
  const variant = String(value).trim().toLowerCase();
  if (variant === 'full' || variant === 'compact') return { variant };
  return { variant: 'full', problem: { code: 'invalid-attribute', message: strings.invalidVariant(value) } };
}

/** How a card shows: its checked `variant` and heading level. */
export interface CardDisplay {
  variant: ToolCardVariant;
  level: number;
}

/**
 * Re-checks `variant` and `heading-level` where they changed (all on the first update) into
 * `display`, and returns the problems to report. Shared with <mlops-tool-grid>, which checks once
 * for all its cards instead of once per card.
 */
export function checkDisplay(
  display: CardDisplay,
  host: Element & { variant: unknown; headingLevel: unknown },
  changed: PropertyValues,
  first: boolean,
): MlopsErrorDetail[] {
  const strings = localize(host, 'toolCard', toolCardStrings);
  const problems: Array<MlopsErrorDetail | undefined> = [];
  if (first || changed.has('variant')) {
    const { variant, problem } = checkVariant(host.variant, strings);
    display.variant = variant;
    problems.push(problem);
  }
  if (first || changed.has('headingLevel')) {
    const { level, problem } = checkHeadingLevel(host.headingLevel, strings);
    display.level = level;
    problems.push(problem);
  }
  return problems.filter((problem) => problem !== undefined);
}

/**
 * A card for one tool of the MLOps profile: its name, description, tags and category.
 *
 * The tool is looked up by id (`mlflow`) or name (`MLflow`), case-insensitive, in the dataset of the
 * nearest `<mlops-profile>` or else the bundled one. Only what the dataset holds is shown: no links
 * or logos are made up.
 *
 * Variants: `full` (default) shows the category above the name, then the description and the tags.
 * `compact` shows only the name and the tags, on one or two lines; the description and category stay
 * in the card for screen readers (visually hidden), so no one loses information.
 *
 * The card has no slot: text written inside the tag (`<mlops-tool-card tool="mlflow">MLflow</mlops-tool-card>`)
 * is the fallback a page shows before or without JavaScript, and the card replaces it once defined.
 *
 * A missing or unknown `tool` renders a visible message instead (with "did you mean …?" when a tool
 * name is close), warns once in the console and fires `mlops-error`; nothing throws into the page.
 *
 * @tagname mlops-tool-card
 * @summary A themeable card for one MLOps tool, in a full or compact variant.
 *
 * @csspart card - The card: an `<article>` for a tool, or the message box for a missing/unknown tool.
 * @csspart name - The tool's name, a heading of level `heading-level`.
 * @csspart description - The tool's description (visually hidden in the compact variant).
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart category - The category the profile lists the tool under (visually hidden in the compact variant).
 * @csspart error - The message box shown instead of a card when the tool is missing or unknown (also part `card`).
 *
 * @cssprop [--mlops-tool-card-background=var(--mlops-color-surface)] - Card background.
 * @cssprop [--mlops-tool-card-color=var(--mlops-color-text)] - Card text colour.
 * @cssprop [--mlops-tool-card-border-color=var(--mlops-color-border)] - Card and tag border colour.
 * @cssprop [--mlops-tool-card-radius=var(--mlops-radius)] - Card corner radius.
 * @cssprop [--mlops-tool-card-padding=1rem 1.25rem] - Card padding in the full variant.
 * @cssprop [--mlops-tool-card-compact-padding=0.625rem 0.875rem] - Card padding in the compact variant.
 * @cssprop [--mlops-tool-card-shadow=none] - Card shadow.
 * @cssprop [--mlops-tool-card-name-size=1.125rem] - Font size of the name.
 * @cssprop [--mlops-tool-card-compact-name-size=1rem] - Font size of the name in the compact variant.
 * @cssprop [--mlops-tool-card-category-color=var(--mlops-color-accent)] - Colour of the category.
 * @cssprop [--mlops-tool-card-tag-background=var(--mlops-color-surface-alt)] - Tag background.
 * @cssprop [--mlops-tool-card-tag-color=var(--mlops-color-text)] - Tag text colour.
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code, message, suggestion? }` when `tool` is missing (`missing-tool`) or unknown
 * (`unknown-tool`), or `heading-level`/`variant` is invalid (`invalid-attribute`).
 */
export class MlopsToolCard extends MlopsElement {
  static override readonly defaultTag = 'mlops-tool-card';

  static override styles = [tokens, visuallyHidden, toolCardStyles, toolMessageStyles];
  static override get properties(): PropertyDeclarations {
    return {
      tool: {},
      variant: {},
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  /** The tool to show: its id (`mlflow`) or name (`MLflow`), case-insensitive. */
  tool?: string;

  /** `full` (default): category, name, description and tags; `compact`: name and tags only. */
  variant: 'full' | 'compact' = 'full';

  /**
   * The level (1–6) of the name's heading, to fit the page's outline.
   * @default 3
   */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  private shownTool?: Tool;
  private toolProblem?: MlopsErrorDetail;
  private readonly display: CardDisplay = { variant: 'full', level: DEFAULT_HEADING_LEVEL };
  protected override willUpdate(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    // While an enclosing <mlops-profile src> loads, the name cannot be judged yet.
    if (!this.profilePending && (first || changed.has('tool') || changed.has('providedProfile'))) {
      // A new dataset reaches a card before the grid that rendered it: judge the old name later.
      const datasetSwapped = changed.has('providedProfile') && changed.get('providedProfile') !== null && !changed.has('tool');
      this.resolveTool(!first && datasetSwapped);
    }
    for (const problem of checkDisplay(this.display, this, changed, first)) this.reportAfterRender(problem);
  }

  private get strings(): typeof toolCardStrings {
    return this.localize('toolCard', toolCardStrings);
  }

  private get tools(): readonly Tool[] {
    return this.providedProfile?.tools.items ?? bundledTools;
  }

  private resolveTool(onlyTheDatasetChanged = false): void {
    const key = this.tool == null ? '' : String(this.tool);
    this.shownTool = findTool(key, this.tools);
    this.toolProblem = this.shownTool
      ? undefined
      : key.trim()
        ? { code: 'unknown-tool', message: this.strings.unknownTool(key), suggestion: suggestTool(key, this.tools) }
        : { code: 'missing-tool', message: this.strings.missingTool };
    const problem = this.toolProblem;
    if (!problem) return;
    if (!onlyTheDatasetChanged) {
      this.reportAfterRender(problem);
      return;
    }
    // Reported a task later, and only if this card is still shown with the same problem: a grid
    // re-rendering for the new dataset removes or renames it in the meantime.
    setTimeout(() => {
      if (this.isConnected && this.toolProblem === problem) reportError(this, problem);
    });
  }

  override render(): TemplateResult {
    if (this.profilePending) return html``;
    const tool = this.shownTool;
    if (!tool) return this.renderMessage();
    const compact = this.display.variant === 'compact';
    const hiddenWhenCompact = compact ? 'visually-hidden' : '';
    return html`
      <article part="card" class="card ${this.display.variant}" aria-labelledby="name">
        ${nameHeading(this.display.level, tool.name)}
        <p part="category" class="category ${hiddenWhenCompact}"><span class="visually-hidden">${this.strings.categoryPrefix}</span>${tool.category}</p>
        <p part="description" class="description ${hiddenWhenCompact}">${tool.description}</p>
        <ul part="tags" class="tags" role="list" aria-label=${this.strings.tagsLabel}>
          ${tool.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}
        </ul>
      </article>
    `;
  }

  private renderMessage(): TemplateResult {
    const problem = this.toolProblem;
    // Worded anew rather than `problem.message`: the language may have changed since the name was judged.
    let text = problem?.code === 'unknown-tool' ? this.strings.unknownTool(String(this.tool)) : this.strings.missingTool;
    if (problem?.code === 'unknown-tool') {
      // Without a close match, the list of names is the most useful hint.
      text += ` ${problem.suggestion ? this.strings.didYouMean(problem.suggestion) : this.strings.availableTools(this.tools.map((tool) => tool.name))}`;
    }
    return html`<div part="card error" class="message" role="status"><p>${text}</p></div>`;
  }
}

// Types only (no registration): <mlops-tool-grid> renders this tag, and lit-analyzer checks its
// bindings against the modules the grid imports. src/define/mlops-tool-card.ts declares the same.
declare global {
  interface HTMLElementTagNameMap {
    'mlops-tool-card': MlopsToolCard;
  }
}

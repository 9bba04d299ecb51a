import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { normalizeKey, suggestName } from '../../data/lookup.js';
import { bundledToolCatalogue, bundledTools } from '../../data/tools.js';
import type { Tool } from '../../data/types.js';
import { MlopsElement } from '../../internal/base.js';
import { tokens } from '../../internal/tokens.js';
import { checkDisplay, type CardDisplay } from '../tool-card/tool-card.js';
import { toolCardStrings, toolGridStrings } from '../tool-card/tool-card.strings.js';
import { toolMessageStyles } from '../tool-card/tool-card.styles.js';
import { toolGridStyles } from './tool-grid.styles.js';

/** The card parts a page can style through the grid (`mlops-tool-grid::part(card)`). */
const CARD_PARTS = 'card, name, description, tags, tag, category';

/** `"Kubernetes, Model Serving"` → the distinct tags, as written, without empty entries. */
function splitTags(value: unknown): string[] {
  if (value == null) return [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of String(value).split(',')) {
    const tag = part.trim();
    const key = normalizeKey(tag);
    if (key && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** Every tag in the catalogue once, keyed by its folded form, in reading order. */
function tagsByKey(tools: readonly Tool[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const tool of tools) for (const tag of tool.tags) if (!tags.has(normalizeKey(tag))) tags.set(normalizeKey(tag), tag);
  // By the folded keys, in code point order: Intl's collation would load ICU's collation data (about 15 ms) for a few English tags.
  return new Map([...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface Selection {
  /** The tags asked for, spelled as in the dataset when they exist there. */
  wanted: string[];
  matches: readonly Tool[];
  /** Asked-for tags that no tool carries. */
  unknown: string[];
  /** The closest real tag to the first unknown one. */
  suggestion?: string;
  allTags: string[];
}

/** The tools carrying ANY of the wanted tags (case and extra spaces ignored); every tool without tags. */
export function selectTools(tools: readonly Tool[], tagAttribute: unknown): Selection {
  const known = tagsByKey(tools);
  const allTags = [...known.values()];
  const wanted = splitTags(tagAttribute).map((tag) => known.get(normalizeKey(tag)) ?? tag);
  if (!wanted.length) return { wanted, matches: tools, unknown: [], allTags };
  const wantedKeys = new Set(wanted.map(normalizeKey));
  const matches = tools.filter((tool) => tool.tags.some((tag) => wantedKeys.has(normalizeKey(tag))));
  const unknown = wanted.filter((tag) => !known.has(normalizeKey(tag)));
  const tagItems = [...known].map(([id, name]) => ({ id, name }));
  const suggestion = unknown.length
    ? suggestName(
        tagItems,
        unknown[0],
        (item) => [item.name],
        (item) => item.name,
      )
    : undefined;
  return { wanted, matches, unknown, suggestion, allTags };
}

/**
 * A responsive grid of tool cards: every tool of the MLOps profile, or those with given tags.
 *
 * `tag` takes one tag or several separated by commas, and shows the tools that carry ANY of them
 * (OR): tags in the profile are specific ("Kubernetes Native", "K8s Native", "Kubernetes"), so
 * `tag="Kubernetes Native, K8s Native, Kubernetes"` gathers every Kubernetes tool, where requiring
 * all tags would almost always match nothing. Matching ignores case and extra spaces.
 *
 * A visible count ("3 tools") is a polite live region, so a filter change is announced. When no
 * tool matches, a message names the tags, suggests a close one and lists the available tags. The
 * seed holds only the first page(s) of the profile's tool list, and a note says so.
 *
 * @tagname mlops-tool-grid
 * @summary All tools of the MLOps profile, or those with given tags, as a responsive grid of cards.
 *
 * @csspart list - The `<ul>` grid of cards.
 * @csspart item - One `<li>` cell holding a card.
 * @csspart count - The visible number of tools shown ("3 tools").
 * @csspart empty - The message shown when no tool has the given tags.
 * @csspart note - The note that the dataset holds only part of the profile's tool list.
 * @csspart card - Forwarded from each `<mlops-tool-card>`; so are `name`, `description`, `tags`, `tag` and `category`.
 *
 * @cssprop [--mlops-tool-grid-min-column-width=16rem] - The narrowest a column gets before the grid drops one.
 * @cssprop [--mlops-tool-grid-gap=1rem] - Space between cards.
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code, message, suggestion? }`: `no-matching-tools` when no tool has the given tags,
 * `unknown-tag` when some given tags match nothing, `invalid-attribute` for a bad `variant` or `heading-level`.
 */
export class MlopsToolGrid extends MlopsElement {
  static override readonly defaultTag = 'mlops-tool-grid';

  static override styles = [tokens, toolMessageStyles, toolGridStyles];
  static override get properties(): PropertyDeclarations {
    return {
      tag: {},
      variant: {},
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  /** Show only tools with this tag; several tags separated by commas show tools with any of them. */
  tag?: string;

  /** The card variant, `full` (default) or `compact`, passed to every card. */
  variant: 'full' | 'compact' = 'full';

  /** The heading level (1–6) of each card's name. Default: 3. */
  headingLevel = 3;

  private selection: Selection = { wanted: [], matches: [], unknown: [], allTags: [] };
  private readonly display: CardDisplay = { variant: 'full', level: 3 };
  private get strings(): typeof toolGridStrings {
    return this.localize('toolGrid', toolGridStrings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    // While an enclosing <mlops-profile src> loads, there is nothing to select from yet.
    if (!this.profilePending && (first || changed.has('tag') || changed.has('providedProfile'))) {
      this.selection = selectTools(this.providedProfile?.tools.items ?? bundledTools, this.tag);
      const { wanted, matches, unknown, suggestion } = this.selection;
      if (!matches.length && wanted.length) {
        this.reportAfterRender({ code: 'no-matching-tools', message: this.strings.noMatch(wanted), suggestion });
      } else if (unknown.length) {
        this.reportAfterRender({ code: 'unknown-tag', message: this.strings.unknownTags(unknown), suggestion });
      }
    }
    // Checked here once, so that a bad value gives one report rather than one per card.
    for (const problem of checkDisplay(this.display, this, changed, first)) this.reportAfterRender(problem);
  }

  override render(): TemplateResult {
    if (this.profilePending) return html``;
    const { wanted, matches, suggestion, allTags } = this.selection;
    const catalogue = this.providedProfile?.tools ?? bundledToolCatalogue;
    return html`
      <div role="status">
        ${
          matches.length
            ? html`<p part="count" class="count">${this.strings.count(matches.length)}</p>`
            : html`<div part="empty" class="message">
              <p>
                ${wanted.length ? this.strings.noMatch(wanted) : this.strings.noTools}${suggestion ? ` ${this.localize('toolCard', toolCardStrings).didYouMean(suggestion)}` : ''}
              </p>
              ${allTags.length ? html`<p>${this.strings.availableTags(allTags)}</p>` : nothing}
            </div>`
        }
      </div>
      ${
        matches.length
          ? html`<ul part="list" class="list" role="list" aria-label=${this.strings.listLabel(wanted)}>
            ${matches.map(
              (tool) => html`<li part="item" class="item">
                <mlops-tool-card
                  class="item-card"
                  exportparts=${CARD_PARTS}
                  .tool=${tool.id}
                  .variant=${this.display.variant}
                  .headingLevel=${this.display.level}
                ></mlops-tool-card>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        catalogue.pagesShown < catalogue.pagesTotal
          ? html`<p part="note" class="note">${this.strings.partialCatalogue(catalogue.pagesShown, catalogue.pagesTotal)}</p>`
          : nothing
      }
    `;
  }
}

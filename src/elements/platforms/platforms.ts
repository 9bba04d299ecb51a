import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bundledPlatforms } from '../../data/platforms.js';
import type { Platform, PlatformDistribution } from '../../data/types.js';
import type { MlopsErrorDetail } from '../../internal/events.js';
import { SectionElement } from '../sections/section-element.js';
import { heading } from '../sections/templates.js';
import { platformsStrings } from './platforms.strings.js';
import { platformsStyles } from './platforms.styles.js';

/** A share as the chart writes it in English: two decimals at most, without float noise. */
const shareText = (value: number) => String(Math.round(value * 100) / 100);

/**
 * The itemised platforms of a (possibly unvalidated) dataset, and the share it leaves out: an
 * `items` that is not a list is no platforms, never an exception.
 */
export function platformList(platforms: Partial<PlatformDistribution> | undefined): { items: readonly Platform[]; rest: number } {
  const items = Array.isArray(platforms?.items) ? platforms.items : [];
  const itemised = items.reduce((sum, platform) => sum + (Number(platform?.percent) || 0), 0);
  return { items, rest: Math.round((100 - itemised) * 100) / 100 };
}

/**
 * The platforms the community gathers on, one card each, as the source lists them: the name, its
 * share of the community, the description, the category ("Messaging & Chat") and whether it is online
 * or offline. Under the cards, the share the source does not itemise is stated, as the platform
 * chart of `<mlops-demographics>` states it: the source shows only the first page of its list.
 *
 * Beside a platform chart (in the same document or shadow root), Enter on a platform's bar moves
 * to its card, and a click on the bar highlights it: the cards listen to their root for the chart's
 * events (so the chart's file carries none of this).
 *
 * The data comes from the nearest `<mlops-profile>`, or else the bundled MLOps profile; while that
 * provider loads, the element renders nothing. A dataset without platforms shows a notice; one whose
 * platforms are not a list shows and reports it (console warning, `mlops-error`), and throws nothing.
 *
 * @tagname mlops-platforms
 * @summary The community's platforms as cards: share, description, category, online or offline.
 *
 * @slot - Not rendered; content placed inside the element shows only before it is defined (a fallback).
 *
 * @csspart section - The `<section>` around the title, the cards and the note.
 * @csspart title - The "Platforms" heading.
 * @csspart list - The list of cards.
 * @csspart item - One platform's card (`revealed` is added to it when a chart bar revealed it).
 * @csspart item-title - A platform's name.
 * @csspart share - A platform's share of the community ("25 %").
 * @csspart text - A platform's description.
 * @csspart facts - A platform's category and setting (`<dl>`).
 * @csspart tag - A chip: the category, the setting.
 * @csspart note - The share the source does not itemise.
 * @csspart empty - The notice shown when the dataset has no platforms.
 *
 * @cssprop [--mlops-section-gap=1rem] - Space between the cards.
 * @cssprop [--mlops-section-min-column-width=18rem] - The narrowest a column of cards gets before the list drops one.
 * @cssprop [--mlops-section-item-background=var(--mlops-color-surface)] - Card background.
 * @cssprop [--mlops-section-item-border-color=var(--mlops-color-border)] - Card and chip border.
 * @cssprop [--mlops-section-item-padding=1rem 1.25rem] - Card padding.
 * @cssprop [--mlops-section-title-size=1.5rem] - Font size of the title.
 * @cssprop [--mlops-section-label-color=var(--mlops-color-accent)] - Colour of the shares.
 * @cssprop --mlops-focus-ring - Outline of a card in focus or revealed (shared token).
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code: 'invalid-attribute', message, suggestion }` for a bad `heading-level`;
 * `{ code: 'invalid-data', message }` for a dataset whose platforms are not a list.
 */
export class MlopsPlatforms extends SectionElement {
  static override readonly defaultTag = 'mlops-platforms';
  static override styles = platformsStyles;
  static override get properties(): PropertyDeclarations {
    return { revealed: { state: true, attribute: false } };
  }

  /** The platform whose card a chart bar revealed last. */
  private revealed?: string;
  /** Where it listens for a platform chart's bars: its root (document or shadow root) while connected. */
  private chartRoot?: Node;

  override connectedCallback(): void {
    super.connectedCallback();
    this.chartRoot = this.getRootNode();
    this.chartRoot.addEventListener('keydown', this.onChartEvent);
    this.chartRoot.addEventListener('click', this.onChartEvent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chartRoot?.removeEventListener('keydown', this.onChartEvent);
    this.chartRoot?.removeEventListener('click', this.onChartEvent);
    this.chartRoot = undefined;
  }

  /** Enter on a bar of a platform chart moves to that platform's card; a click highlights it. */
  private readonly onChartEvent = (event: Event): void => {
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
    // A bar of a platform chart: its `data-index` group draws with a `#platforms-pattern-<index>` fill (the chart's file stays as it is).
    const bar = (event.composedPath() as HTMLElement[]).find((node) => node.dataset?.index !== undefined);
    if (bar?.querySelector('[fill^="url(#platforms-pattern-"]')) void this.reveal(Number(bar.dataset.index), event.type === 'keydown');
  };

  private get strings(): typeof platformsStrings {
    return this.localize('platforms', platformsStrings);
  }

  /** Beside the charts, whose headings are level 3 by default. */
  protected override get defaultHeadingLevel(): number {
    return 3;
  }

  /** A provided dataset whose platforms are not a list: shown as no platforms, and reported. */
  protected override resolve(): MlopsErrorDetail | undefined {
    const platforms = this.providedProfile?.platforms;
    return platforms && !Array.isArray(platforms.items) ? { code: 'invalid-data', message: this.strings.invalidData } : undefined;
  }

  /**
   * Shows the card of a platform, by its id or by its position in the list (from 0, as the chart draws
   * its bars): highlighted, scrolled into view and focused (or, with `focus` false, only highlighted).
   * Returns false when there is no such card (the chart's not-itemised bar has none).
   */
  async reveal(platform: string | number, focus = true): Promise<boolean> {
    await this.updateComplete;
    const cards = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-id]')];
    const card = typeof platform === 'number' ? cards[platform] : cards.find((each) => each.dataset.id === platform);
    if (!card) return false;
    this.revealed = card.dataset.id;
    if (focus) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: 'nearest' });
    }
    return true;
  }

  protected override renderContent(): TemplateResult {
    const strings = this.strings;
    const platforms = this.providedProfile?.platforms ?? bundledPlatforms;
    const { items, rest } = platformList(platforms);
    const level = this.level + 1;
    const percent = (value: number) => strings.percent(shareText(value));
    return html`<section part="section" class="section">
      ${heading(this.level, 'title', strings.title)}
      ${
        items.length
          ? html`<ul part="list" class="items" role="list">
              ${items.map(
                (
                  platform,
                ) => html`<li part=${platform.id === this.revealed ? 'item revealed' : 'item'} class=${platform.id === this.revealed ? 'item revealed' : 'item'} tabindex="-1" data-id=${platform.id}>
                  ${heading(level, 'item-title', platform.name)}
                  <p part="share" class="share"><span class="visually-hidden">${strings.shareLabel}: </span>${percent(platform.percent)}</p>
                  <p part="text">${platform.description}</p>
                  <dl part="facts" class="facts">
                    <div><dt class="visually-hidden">${strings.categoryLabel}</dt><dd part="tag" class="tag">${platform.category}</dd></div>
                    <div><dt class="visually-hidden">${strings.settingLabel}</dt><dd part="tag" class="tag">${Object.hasOwn(strings.settings, platform.setting) ? strings.settings[platform.setting] : platform.setting}</dd></div>
                  </dl>
                </li>`,
              )}
            </ul>
            ${rest > 0 ? html`<p part="note" class="note">${strings.notItemised(percent(rest), platforms.pagesShown, platforms.pagesTotal)}</p>` : nothing}`
          : html`<p part="empty" class="empty" role="status">${this.resolve() ? strings.invalidData : strings.noData}</p>`
      }
    </section>`;
  }
}

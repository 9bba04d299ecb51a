import { css } from 'lit';

/**
 * The card's look. Public `--mlops-tool-card-*` properties (defaults from the shared tokens) feed
 * private `--_card-*` variables, so a page themes the card without reaching into its shadow root.
 * (Comments stay out of the css`` strings: those ship to the browser as they are.)
 *
 * - `.card` is positioned so that the visually hidden text of the compact variant stays inside it,
 *   and `overflow-wrap: anywhere` lets a long name, tag or value wrap instead of widening the page.
 * - `.category` comes after the name in the DOM (the heading opens the article for screen readers)
 *   but `order: -1` shows it above the name, as an eyebrow.
 * - `.tags` takes `margin-top: auto`, so full cards stretched to one row height align their tags.
 * - `.compact` packs its lines at the top (`align-content`): a card stretched to its grid row's
 *   height would otherwise spread the name and tags apart.
 * - `.tag` has a border, not only a fill, so tags stay distinct in forced colours; there the category
 *   takes CanvasText, as the accent maps to Highlight, a background colour.
 * - On paper the card drops a shadow the page's theme gave it.
 */
export const toolCardStyles = css`
  :host {
    display: block;
    --_card-background: var(--mlops-tool-card-background, var(--_surface));
    --_card-color: var(--mlops-tool-card-color, var(--_text));
    --_card-border-color: var(--mlops-tool-card-border-color, var(--_border));
    --_card-radius: var(--mlops-tool-card-radius, var(--_radius));
    --_card-padding: var(--mlops-tool-card-padding, 1rem 1.25rem);
    --_card-shadow: var(--mlops-tool-card-shadow, none);
    --_category-color: var(--mlops-tool-card-category-color, var(--_accent));
    --_tag-background: var(--mlops-tool-card-tag-background, var(--_surface-alt));
    --_tag-color: var(--mlops-tool-card-tag-color, var(--_text));
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: 100%;
    min-width: 0;
    margin: 0;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    color: var(--_card-color);
    box-shadow: var(--_card-shadow);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .name {
    margin: 0;
    font-size: var(--mlops-tool-card-name-size, 1.125rem);
    font-weight: 650;
    line-height: 1.3;
  }
  .category {
    order: -1;
    /* WebKit sums fractional letter-spacing badly and lays a 100 KB word out on one line; clip it here, not on the host page. */
    overflow-x: clip;
    margin: 0;
    color: var(--_category-color);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .description {
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: auto 0 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0 0.625rem;
    border: 1px solid var(--_card-border-color);
    border-radius: 999px;
    background: var(--_tag-background);
    color: var(--_tag-color);
    font-size: 0.8125rem;
    line-height: 1.6;
  }
  .compact {
    flex-flow: row wrap;
    align-content: flex-start;
    align-items: baseline;
    gap: 0.375rem 0.75rem;
    padding: var(--mlops-tool-card-compact-padding, 0.625rem 0.875rem);
  }
  .compact .name {
    font-size: var(--mlops-tool-card-compact-name-size, 1rem);
  }
  .compact .tags {
    margin: 0;
  }
  @media print {
    .card {
      box-shadow: none;
    }
  }
  @media (forced-colors: active) {
    .category {
      color: CanvasText;
    }
  }
`;

/** The "unknown tool" card and the grid's "no matching tools" panel share this look. */
export const toolMessageStyles = css`
  .message {
    box-sizing: border-box;
    margin: 0;
    padding: var(--mlops-tool-card-padding, 1rem 1.25rem);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .message p {
    margin: 0;
  }
  .message p + p {
    margin-top: 0.5rem;
  }
`;

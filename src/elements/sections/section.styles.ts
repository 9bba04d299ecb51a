import { css } from 'lit';
import { tokens, visuallyHidden } from '../../internal/tokens.js';

/**
 * The look <mlops-section>, <mlops-persona>, <mlops-glossary> and <mlops-profile-page> share.
 * Public `--mlops-section-*` properties (defaults from the shared tokens) feed private `--_*`
 * variables. (Notes stay out of the css`` text, which ships as it is.)
 *
 * - `.items` is a grid of cards that drops columns as it narrows; `role="list"` in the templates
 *   keeps list semantics that `list-style: none` removes in WebKit.
 * - `.label` (a category, "Step 1") follows the heading in the DOM and `order: -1` shows it above.
 * - Chips and cards have borders, not only fills, so they stay distinct in forced colours; there the
 *   accent-coloured labels take CanvasText, as the accent maps to Highlight, a background colour.
 * - `overflow-wrap: anywhere` lets a long word or value wrap instead of widening the page.
 */
export const sectionBaseStyles = css`
  :host {
    display: block;
    --_gap: var(--mlops-section-gap, 1rem);
    --_item-background: var(--mlops-section-item-background, var(--_surface));
    --_item-border: var(--mlops-section-item-border-color, var(--_border));
    --_item-padding: var(--mlops-section-item-padding, 1rem 1.25rem);
    --_label: var(--mlops-section-label-color, var(--_accent));
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.3;
  }
  [part~='title'] {
    margin-top: 0;
    font-size: var(--mlops-section-title-size, 1.5rem);
  }
  p {
    margin: 0 0 0.5rem;
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mlops-section-min-column-width, 18rem)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-direction: column;
    min-width: 0;
    padding: var(--_item-padding);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    background: var(--_item-background);
  }
  .item > .heading {
    margin: 0 0 0.375rem;
  }
  .label {
    order: -1;
    /* WebKit sums fractional letter-spacing badly and lays a 100 KB word out on one line; clip it here, not on the host page. */
    overflow-x: clip;
    margin: 0 0 0.25rem;
    color: var(--_label);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .text > :last-child {
    margin-bottom: 0;
  }
  .tags,
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .facts dd {
    margin: 0;
  }
  .tag {
    padding: 0 0.625rem;
    border: 1px solid var(--_item-border);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.8125rem;
    line-height: 1.6;
  }
  .lead {
    font-size: 1.0625rem;
  }
  .note,
  .empty {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .message {
    padding: var(--_item-padding);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .label {
      color: CanvasText;
    }
  }
`;

/** What only <mlops-section> draws: the greeting's conversation and the divides' axes. */
const sectionKindStyles = css`
  .conversation {
    margin: 0;
  }
  .conversation .heading {
    margin-top: 0;
  }
  .lines {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }
  .line {
    max-width: min(32rem, 85%);
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    background: var(--_item-background);
  }
  .line.outsider {
    align-self: flex-end;
    background: var(--_surface-alt);
  }
  .speaker {
    margin: 0;
    color: var(--_label);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .said {
    margin: 0;
  }
  .axes {
    margin: 0 0 0.75rem;
  }
  .axes div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .axes dt {
    font-weight: 600;
  }
  .axes dt::after {
    content: ':';
  }
  .axes dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .speaker {
      color: CanvasText;
    }
  }
`;

export const sectionStyles = [tokens, visuallyHidden, sectionBaseStyles, sectionKindStyles];

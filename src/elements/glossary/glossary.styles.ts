import { css } from 'lit';
import { sectionStyles } from '../sections/section.styles.js';

/**
 * The glossary's look, on top of the shared section styles. The filter box keeps its place (hidden)
 * until the script runs, and the status line keeps one line, so that nothing below them moves. The entry a `#fragment` link points to
 * takes a thick accent edge (`data-targeted` stands in for `:target`, which does not match inside
 * shadow roots) and a focus ring only when focus came from the keyboard. On paper, where links and
 * the filter box do nothing, the A–Z index and the filter are left out.
 */
export const glossaryStyles = [
  sectionStyles,
  css`
    .term {
      margin: 0 0 0.375rem;
      font-size: 1.0625rem;
      font-weight: 650;
      line-height: 1.3;
    }
    dd {
      margin: 0 0 0.5rem;
    }
    .outsider {
      margin: auto 0 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .outsider span {
      color: var(--_label);
      font-weight: 600;
    }
    .item[hidden] {
      display: none;
    }
    .index ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0 0 0.75rem;
      padding: 0;
      list-style: none;
    }
    .letter {
      color: var(--_label);
      font-weight: 700;
    }
    .filter:not([data-ready]) {
      visibility: hidden;
    }
    input {
      font: inherit;
    }
    .count {
      min-height: 1.5em;
      color: var(--_muted);
    }
    .item:focus {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .item:focus:not(:focus-visible) {
      outline: none;
    }
    .item[data-targeted] {
      border-inline-start: 4px solid var(--_label);
    }
    @media print {
      .index,
      .filter {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .outsider span {
        color: CanvasText;
      }
      .item[data-targeted] {
        border-inline-start-color: Highlight;
      }
    }
  `,
];

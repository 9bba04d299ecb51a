import { css } from 'lit';

/**
 * <mlops-feedback-results> on top of the shared tokens: bars drawn with a texture as well as colour, so they read in forced colours too; on paper, with the table
 * and without its toggle and buttons. The chart's text size is set on its `<svg>`, not on its texts: an em length resolves against the font size of the element
 * that has it, so the bars' and the texts' em then agree and each number sits on its bar's row.
 */
export const feedbackResultsStyles = css`
  :host {
    display: block;
    max-inline-size: var(--mlops-feedback-results-max-width, 36rem);
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    margin: 0;
  }
  .headline {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 0.875em;
  }
  .label,
  .value {
    fill: var(--_text);
  }
  .row {
    fill: transparent;
  }
  .bar {
    fill: var(--mlops-feedback-results-bar-color, var(--_accent));
    stroke: var(--_text);
    stroke-width: 1;
  }
  [role='option']:focus-visible {
    outline: var(--_focus);
  }
  details {
    margin-block-start: 0.5rem;
  }
  summary {
    cursor: pointer;
  }
  table {
    border-collapse: collapse;
    margin-block-start: 0.5rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  h3,
  .reasons-title {
    margin: 0.75rem 0 0.25rem;
    font-size: 1em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  button {
    font: inherit;
    line-height: 1.5;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.375em 0.75em;
    margin: 0.5rem 0.5rem 0 0;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .tools p {
    margin: 0.25rem 0 0;
  }
  .message {
    margin: 0;
    color: var(--_muted);
  }
  .failed {
    color: var(--_danger);
  }
  @media print {
    summary,
    .tools {
      display: none;
    }
    ::details-content {
      content-visibility: visible;
      display: block;
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;

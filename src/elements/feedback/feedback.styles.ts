import { css } from 'lit';

/**
 * <mlops-feedback> on top of the shared tokens. The chosen option is marked by a check mark and a
 * thicker border as well as by colour, so it stays visible in forced colours and to colour-blind
 * readers; options and buttons are at least 44 px (--mlops-feedback-target-size) for touch.
 * Nothing moves, so there is no animation to reduce. It is not printed: paper cannot answer.
 */
export const feedbackStyles = css`
  :host {
    --_target: var(--mlops-feedback-target-size, 44px);
    display: block;
    max-inline-size: var(--mlops-feedback-max-width, 36rem);
    padding: var(--mlops-feedback-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mlops-feedback-background, var(--_surface-alt));
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.4;
    /* A long unbroken question or comment wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: 0.5rem;
    font-weight: 600;
    /* A page's question may be one long unbroken word; it must not widen the page. */
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }

  /* Rating options: a native radio stretched invisibly over a visible face. */
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .option {
    position: relative;
    display: flex;
  }
  .option input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .face {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
  }
  .face svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }
  .option + .option svg {
    rotate: 180deg;
  }
  .option input:hover + .face {
    border-color: var(--_accent);
  }
  .option input:focus-visible + .face,
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .option input:checked + .face {
    border: 3px solid var(--_text);
    background: var(--mlops-feedback-selected-background, var(--_accent));
    color: var(--mlops-feedback-selected-color, var(--_on-accent));
  }
  .option input:checked + .face::before {
    content: '✓';
  }
  .ends {
    display: flex;
    justify-content: space-between;
    max-inline-size: 24rem;
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Reasons and comment. */
  .reason {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .reason input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .comment {
    display: grid;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }
  .below {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Buttons. */
  button {
    justify-self: start;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button[part~='submit'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button[part~='change'] {
    margin-block-start: 0.75rem;
    background: transparent;
    color: var(--_accent);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    border-style: dashed;
  }

  /* Status and thank-you. */
  .status {
    outline: none;
  }
  .status p {
    margin-block-start: 0.75rem;
  }
  .status p:first-child {
    font-weight: 600;
  }
  .failed {
    color: var(--_danger);
  }
  .failed::before {
    content: '⚠ ';
  }

  @media print {
    :host {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .option input:checked + .face {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

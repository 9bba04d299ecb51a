// css-tag only (not 'lit'): <mlops-term> carries no template engine, just this stylesheet.
import { css } from '@lit/reactive-element/css-tag.js';
import { focusRing, tokens } from '../../internal/tokens.js';

/**
 * What marks the phrase as a term, and its focus ring: on the trigger in the shadow root, or on the
 * element itself before that exists (see `hostTriggerRules`). The trigger takes no space of its own
 * (no padding, border or margin; font, colour and line height inherited), so upgrading the plain
 * text never shifts the layout.
 */
const triggerRules = css`
  #trigger {
    /* longhands: WebKit's text-decoration shorthand takes only the line */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--mlops-term-underline-color, currentColor);
    text-underline-offset: 0.2em;
    cursor: help;
  }
  #trigger:focus-visible { outline: ${focusRing}; outline-offset: 2px; border-radius: 2px; }
`;

// The shadow root's own rules.
export const termStyles = css`
  :host { display: inline; }
  ${triggerRules}
`;

/**
 * Until its bubble first opens, a term has no shadow root: the element itself is the trigger, and
 * the same rules, shared by every term of a document or shadow root, draw it. In a cascade layer, so
 * that the page's own rules for the element win, as they would over rules inside a shadow root.
 * @param tag the element's tag name (`define()` may rename it), escaped here for CSS
 */
export const hostTriggerRules = (tag: string): string => `@layer mlops-elements{${triggerRules.cssText.replaceAll('#trigger', `${CSS.escape(tag)}:state(trigger)`)}}`;

// The bubble's stylesheet (the shared tokens, then its own rules). It resets what prose around it
// may set (italics, headings' caps, <pre>'s white-space) and is hidden until [open] (and on paper,
// by print-notes.ts).
export const bubbleStyles = css`
  ${tokens}
  #bubble {
    display: none;
    position: fixed;
    inset: auto;
    left: var(--_x, 0);
    top: var(--_y, 0);
    z-index: 2147483647;
    box-sizing: border-box;
    width: max-content;
    max-width: min(var(--mlops-term-bubble-max-width, 22rem), 100vw - 16px);
    margin: 0;
    padding: var(--mlops-term-bubble-padding, 0.625rem 0.75rem);
    overflow: visible;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--mlops-term-bubble-font-size, 0.875rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    cursor: auto;
    outline: none;
  }
  :host([open]) #bubble { display: block; }
  [part='insider'] { display: block; font-weight: 600; }
  p { margin: 0.25em 0 0; }
  [part='outsider'] { color: var(--_muted); }
  /* The reader's controls: a line of their own, with targets of 24px (WCAG 2.5.8); not on paper. */
  #controls { display: flex; flex-wrap: wrap; column-gap: 1em; }
  #controls > :not([hidden]) { display: inline-flex; align-items: center; min-height: 24px; color: inherit; }
  @media print { #controls { display: none; } }
  /* A short viewport (400 % zoom of a laptop's window is 256px high) gets a tighter bubble, so that it fits beside its text. */
  @media (max-height: 20rem) {
    #bubble { padding: 0.375rem 0.5rem; line-height: 1.3; }
    p { margin-top: 0.125em; }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([open]) #bubble { animation: mlops-term-fade 0.12s ease-out; }
    @keyframes mlops-term-fade { from { opacity: 0; } }
  }
`;

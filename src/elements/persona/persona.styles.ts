import { css } from 'lit';
import { sectionStyles } from '../sections/section.styles.js';

/**
 * A portrait's look, on top of the shared section styles: the labelled lists of values, motivations,
 * challenges, platforms and keywords. The labels take the accent colour, and CanvasText in forced
 * colours (the accent maps to Highlight, a background colour there).
 */
export const personaStyles = [
  sectionStyles,
  css`
    .persona > .heading {
      margin-top: 0;
    }
    .cell > .persona {
      box-sizing: border-box;
      height: 100%;
    }
    .details {
      margin: 0.5rem 0 0;
    }
    .details dt {
      margin-top: 0.5rem;
      color: var(--_label);
      font-size: 0.75rem;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .details dd {
      margin: 0.25rem 0 0;
    }
    .details .tags {
      margin: 0;
    }
    .bullets {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    @media (forced-colors: active) {
      .details dt {
        color: CanvasText;
      }
    }
  `,
];

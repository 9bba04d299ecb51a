// css-tag only (not 'lit'), so an element without Lit's renderer can use the tokens too.
import { css } from '@lit/reactive-element/css-tag.js';

/** The accent colour, and the focus ring drawn with it: also used without the rest of the tokens. */
const accent = css`var(--mlops-color-accent, light-dark(#0a5bb5, #70b4ff))`;
export const focusRing = css`var(--mlops-focus-ring, 2px solid ${accent})`;

/**
 * The public theme: `--mlops-*` custom properties with defaults, copied into private `--_*`
 * variables that the elements use. Colours follow the page's `color-scheme` through `light-dark()`
 * (a page that declares `color-scheme: light dark` gets dark elements in dark mode; a light-only
 * page keeps light elements), and system colours take over under `forced-colors`.
 */
export const tokens = css`
  :host {
    --_font: var(--mlops-font-family, inherit);
    --_text: var(--mlops-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--mlops-color-muted, light-dark(#59636e, #9ea7b3));
    --_surface: var(--mlops-color-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--mlops-color-surface-alt, light-dark(#f6f8fa, #212830));
    --_border: var(--mlops-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: ${accent};
    --_on-accent: var(--mlops-color-on-accent, light-dark(#ffffff, #0d1117));
    --_danger: var(--mlops-color-danger, light-dark(#b42318, #ff8b7d));
    --_radius: var(--mlops-radius, 8px);
    --_shadow: var(--mlops-shadow, 0 6px 24px light-dark(rgb(31 35 40 / 0.18), rgb(0 0 0 / 0.55)));
    --_focus: ${focusRing};
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_danger: CanvasText;
      --_shadow: none;
    }
  }
`;

/** Visually hidden but read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

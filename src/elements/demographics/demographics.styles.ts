import { css } from 'lit';
import { tokens, visuallyHidden } from '../../internal/tokens.js';

/**
 * Notes (kept out of the CSS text, which ships as is):
 * - Four series colours, each at least 3:1 against the surface in light and dark.
 * - The chart wrapper clips, so a long value label never widens the page, and its padding leaves
 *   room for the focus stroke of a row. Caption and readout wrap anywhere for the same reason: a
 *   dataset's label may be one long unbroken word.
 * - Each pattern sets its colours in custom properties and the rules that paint with them stay flat
 *   (one class), so the forced-colors rules, later and equally specific, override them.
 * - Under forced-colors, bars keep their outline and texture in CanvasText; the highlighted one
 *   takes Highlight.
 * - On paper, a chart prints with its table (the closed `<details>`'s content shown) and without
 *   its toggle, buttons or their status line.
 */
export const demographicsStyles = [
  tokens,
  visuallyHidden,
  css`
    :host {
      --_c0: var(--mlops-chart-color-1, light-dark(#0a5bb5, #70b4ff));
      --_c1: var(--mlops-chart-color-2, light-dark(#a34f00, #ffb169));
      --_c2: var(--mlops-chart-color-3, light-dark(#1a7f37, #6fdd8b));
      --_c3: var(--mlops-chart-color-4, light-dark(#8250df, #c8a2ff));
      --_unknown: var(--mlops-chart-color-unknown, var(--_muted));
      --_ink: var(--mlops-chart-pattern-color, var(--_surface));
      display: block;
      font-family: var(--_font);
      color: var(--_text);
    }
    :host([hidden]) {
      display: none;
    }
    figure {
      margin: 0 0 1.5em;
    }
    figure:last-child {
      margin-bottom: 0;
    }
    figcaption p {
      margin: 0.25em 0 0.75em;
    }
    figcaption,
    .readout {
      overflow-wrap: anywhere;
    }
    .heading {
      font-size: 1.125em;
      font-weight: 600;
    }
    [part='chart'] {
      overflow: hidden;
      padding: 2px;
    }
    svg {
      display: block;
      overflow: visible;
      font-size: 0.875em;
      fill: currentColor;
    }
    .item {
      outline: none;
      cursor: default;
    }
    .row {
      fill: transparent;
    }
    .active .row {
      fill: var(--_surface-alt);
    }
    .item:focus-visible .row {
      stroke: var(--_accent);
      stroke-width: 2px;
    }
    .bar {
      stroke: var(--_text);
      stroke-width: 1px;
    }
    .active .bar {
      stroke: var(--_accent);
      stroke-width: 3px;
    }
    .not-itemised .bar {
      stroke: var(--_unknown);
      stroke-dasharray: 4 3;
    }
    .not-itemised text {
      font-style: italic;
    }
    .value {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .s0 {
      --_series: var(--_c0);
    }
    .s1 {
      --_series: var(--_c1);
    }
    .s2 {
      --_series: var(--_c2);
    }
    .s3 {
      --_series: var(--_c3);
    }
    .unknown {
      --_series: transparent;
      --_ink: var(--_unknown);
    }
    .fill {
      fill: var(--_series);
    }
    .ink {
      stroke: var(--_ink);
      fill: none;
      stroke-linecap: round;
    }

    .readout {
      min-height: 1.5em;
      margin: 0.25em 0 0.5em;
      font-weight: 600;
    }
    /* The disclosure's summary looks like a button; its marker (open or closed) stays, the state without script too. */
    summary,
    button {
      width: fit-content;
      font: inherit;
      line-height: 1.5;
      color: var(--_accent);
      background: var(--_surface);
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      padding: 0.375em 0.75em;
      cursor: pointer;
    }
    summary:hover,
    button:hover {
      background: var(--_surface-alt);
    }
    summary:focus-visible,
    button:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    button {
      margin: 0 0.5em 0.5em 0;
    }
    .tools p {
      margin: 0;
    }
    /* Server-rendered, before the script defines the element, a button would do nothing: its room is kept, so nothing moves. */
    :host(:not(:defined)) .tools {
      visibility: hidden;
    }
    table {
      width: 100%;
      max-width: 32em;
      margin-top: 0.75em;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.375em;
    }
    th,
    td {
      padding: 0.25em 0.75em 0.25em 0;
      border-bottom: 1px solid var(--_border);
      text-align: start;
      overflow-wrap: anywhere;
    }
    td {
      text-align: end;
    }
    .message {
      margin: 0 0 1em;
      padding: 0.5em 0.75em;
      color: var(--_danger);
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }

    @media (prefers-reduced-motion: no-preference) {
      .bar {
        transform-box: fill-box;
        transform-origin: left;
        animation: mlops-grow 0.5s ease-out;
      }
      .row,
      .bar {
        transition:
          fill 0.15s,
          stroke-width 0.15s;
      }
      @keyframes mlops-grow {
        from {
          transform: scaleX(0);
        }
      }
    }
    @media print {
      summary,
      .tools,
      button {
        display: none;
      }
      ::details-content {
        content-visibility: visible;
        display: block;
      }
    }
    @media (forced-colors: active) {
      svg {
        fill: CanvasText;
      }
      .fill,
      .active .row {
        fill: Canvas;
      }
      .ink,
      .bar,
      .not-itemised .bar {
        stroke: CanvasText;
      }
      .active .bar,
      .item:focus-visible .row {
        stroke: Highlight;
      }
      summary,
      button {
        color: ButtonText;
        background: ButtonFace;
        border-color: ButtonText;
      }
    }
  `,
];

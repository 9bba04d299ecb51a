import { css } from 'lit';
import { tokens, visuallyHidden } from '../../internal/tokens.js';

/**
 * Notes (kept out of the CSS text, which ships as is):
 * - Colour means a category only where there are categories: the gender and age charts are one series
 *   in one hue, without textures on screen; the platform chart gives each platform its own colour and
 *   texture. Textures stay in print and under forced-colors, where the colours are gone. The pattern
 *   ids (`platforms-pattern-<n>`) tell the charts apart, so the template carries no extra class.
 * - Every colour is at least 3:1 against the surface and its texture 3:1 against it, in light and dark
 *   (test/chart-contrast.test.ts measures the rendered ones). With prefers-contrast: more, the bars'
 *   outlines are thicker.
 * - The chart wrapper clips, so a long value label never widens the page, and its padding leaves
 *   room for the focus stroke of a row. All text wraps anywhere (set once on the host) for the same
 *   reason: a dataset's label may be one long unbroken word.
 * - Each pattern sets its colours in custom properties and the rules that paint with them stay flat
 *   (one class), so the forced-colors rules, later and equally specific, override them.
 * - Under forced-colors, bars keep their outline and texture in CanvasText; the highlighted one
 *   takes Highlight. The tokens already turn text, surfaces and accent into system colours, so only
 *   what does not paint with them (fills, textures, a page's not-itemised colour) is set here.
 * - The table's columns are fixed halves: in an automatic layout, cells that wrap anywhere shrink
 *   below their words at 320 px ("Gende r"), and cells that do not would widen the page for a long label.
 * - On paper, a chart prints with its table (the closed `<details>`'s content shown) and without
 *   its toggle, buttons or their status line.
 */
export const demographicsStyles = [
  tokens,
  visuallyHidden,
  css`
    :host {
      --_unknown: var(--mlops-chart-color-unknown, var(--_muted));
      --_ink: var(--mlops-chart-pattern-color, var(--_surface));
      display: block;
      font-family: var(--_font);
      color: var(--_text);
      overflow-wrap: anywhere;
      font-variant-numeric: tabular-nums;
    }
    :host([hidden]) {
      display: none;
    }
    figure {
      margin: 0;
    }
    figure + figure {
      margin-top: 1.5em;
    }
    figcaption p {
      margin: 0.25em 0 0.75em;
    }
    .heading {
      font-size: 1.125em;
      font-weight: 600;
    }
    [part=chart] {
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
      fill: #0000;
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
    }
    .s0 {
      --_series: var(--mlops-chart-color-1, light-dark(#0a5bb5, #70b4ff));
    }
    .s1 {
      --_series: var(--mlops-chart-color-2, light-dark(#a34f00, #ffb169));
    }
    .s2 {
      --_series: var(--mlops-chart-color-3, light-dark(#1a7f37, #6fdd8b));
    }
    .s3 {
      --_series: var(--mlops-chart-color-4, light-dark(#8250df, #c8a2ff));
    }
    pattern:not([id^=platforms]) {
      --_series: var(--mlops-chart-series-color, light-dark(#0a5bb5, #70b4ff));
    }
    .unknown {
      --_series: #0000;
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
      font: inherit;
      margin: 0.5em 0.5em 0 0;
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
      table-layout: fixed;
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
    @media screen {
      pattern:not([id^=platforms]) {
        --_ink: #0000;
      }
    }
    @media (prefers-contrast: more) {
      .bar {
        stroke-width: 2px;
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
      .fill {
        fill: Canvas;
      }
      .ink,
      .not-itemised .bar {
        stroke: CanvasText;
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

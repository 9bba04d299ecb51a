import { css } from 'lit';
import { sectionStyles } from '../sections/section.styles.js';

/**
 * The page's layout, on top of the shared section styles. The table of contents sits above the
 * content and flows into columns; once the page itself (a size container, so the page's width
 * counts, not the window's) is 56rem wide, it moves beside the content and sticks while the reader
 * scrolls. `scroll-margin-top` keeps a section's title off the very edge after a jump. On paper the
 * table of contents, whose links go nowhere there, is left out.
 */
export const profilePageStyles = [
  sectionStyles,
  css`
    .page {
      container-type: inline-size;
      max-width: var(--mlops-profile-page-max-width, 72rem);
      margin: 0 auto;
    }
    #summary {
      --mlops-section-title-size: 2rem;
      margin-bottom: 1.5rem;
    }
    #divides,
    #platforms {
      --mlops-section-title-size: 1.125rem;
      margin-top: 1.5rem;
    }
    .layout {
      display: grid;
      gap: 1.5rem 2.5rem;
    }
    .toc ol {
      margin: 0;
      padding: 0;
      list-style: none;
      columns: 12rem;
    }
    .toc li {
      break-inside: avoid;
    }
    .toc .heading {
      margin-top: 0;
      font-size: 1rem;
    }
    .toc a {
      display: block;
      padding: 0.25rem 0.5rem;
      border-radius: 4px;
      color: var(--_accent);
      text-underline-offset: 0.2em;
    }
    .toc a:focus-visible {
      outline: var(--_focus);
      outline-offset: 1px;
    }
    .content > * + * {
      margin-top: 2.5rem;
    }
    [id] {
      scroll-margin-top: 1rem;
    }
    .content > :focus {
      outline: none;
    }
    @container (min-width: 56rem) {
      .layout {
        grid-template-columns: var(--mlops-profile-page-toc-width, 14rem) minmax(0, 1fr);
      }
      .toc {
        position: sticky;
        top: 1rem;
        align-self: start;
        max-height: calc(100vh - 2rem);
        overflow-y: auto;
      }
    }
    @media print {
      .toc {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .toc a {
        color: LinkText;
      }
    }
  `,
];

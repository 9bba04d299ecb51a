import { css } from 'lit';
import { sectionStyles } from '../sections/section.styles.js';

/**
 * The section family's sheets, shared as they are (section.styles.ts: its cards and chips; a sheet of
 * only those would cost the profile page's file bytes), plus the share beside each name and the
 * highlight of a card a chart bar revealed. (Notes stay out of the css`` text, which ships as it is.)
 */
const platformsOwnStyles = css`
  .share {
    order: -1;
    margin: 0 0 0.25rem;
    color: var(--_label);
    font-size: 1.25rem;
    font-weight: 650;
    line-height: 1.2;
  }
  .item > :last-child {
    margin-bottom: 0;
  }
  .items {
    margin-bottom: 0.75rem;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible,
  .item.revealed {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: outline-offset 0.2s;
    }
  }
  @media (forced-colors: active) {
    .share {
      color: CanvasText;
    }
    .item.revealed {
      outline: 2px solid Highlight;
    }
  }
`;

export const platformsStyles = [...sectionStyles, platformsOwnStyles];

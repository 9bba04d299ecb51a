import { css } from 'lit';

/**
 * The grid's layout: as many columns of at least `--mlops-tool-grid-min-column-width` as fit, down
 * to one column on a phone. The count and the note sit on the page's own background, so they inherit
 * the page's text colour instead of assuming a light or dark surface. `min(100%, …)` lets the single
 * column of a very narrow screen shrink below the minimum. (No comments inside css``: they ship.)
 */
export const toolGridStyles = css`
  :host {
    display: block;
    --_grid-min-column: var(--mlops-tool-grid-min-column-width, 16rem);
    --_grid-gap: var(--mlops-tool-grid-gap, 1rem);
    font-family: var(--_font);
  }
  :host([hidden]) {
    display: none;
  }
  .count {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_grid-min-column)), 1fr));
    gap: var(--_grid-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    min-width: 0;
  }
  .item-card {
    flex: 1;
    min-width: 0;
  }
  .note {
    margin: 0.75rem 0 0;
    font-size: 0.8125rem;
  }
`;

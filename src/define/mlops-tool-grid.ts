import './mlops-tool-card.js';
import { MlopsToolGrid } from '../elements/tool-grid/tool-grid.js';

MlopsToolGrid.define();

// A translation can be registered from any CDN file: `import { registerStrings } from '…/mlops-term.js'`.
export { registerStrings } from '../internal/i18n.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-tool-grid': MlopsToolGrid;
  }
}

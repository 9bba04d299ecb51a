import './mlops-tool-card.js';
import { MlopsToolGrid } from '../elements/tool-grid/tool-grid.js';

MlopsToolGrid.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-tool-grid': MlopsToolGrid;
  }
}

import { MlopsToolCard } from '../elements/tool-card/tool-card.js';

MlopsToolCard.define();

// A translation can be registered from any CDN file: `import { registerStrings } from '…/mlops-term.js'`.
export { registerStrings } from '../internal/i18n.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-tool-card': MlopsToolCard;
  }
}

import { MlopsToolCard } from '../elements/tool-card/tool-card.js';

MlopsToolCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-tool-card': MlopsToolCard;
  }
}

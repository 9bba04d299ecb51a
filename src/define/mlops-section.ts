import { MlopsSection } from '../elements/sections/section.js';

MlopsSection.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-section': MlopsSection;
  }
}

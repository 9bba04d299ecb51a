import { MlopsGlossary } from '../elements/glossary/glossary.js';

MlopsGlossary.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-glossary': MlopsGlossary;
  }
}

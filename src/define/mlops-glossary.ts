import { MlopsGlossary } from '../elements/glossary/glossary.js';

MlopsGlossary.define();

// A translation can be registered from any CDN file: `import { registerStrings } from '…/mlops-term.js'`.
export { registerStrings } from '../internal/i18n.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-glossary': MlopsGlossary;
  }
}

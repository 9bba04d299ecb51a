import { MlopsPersona } from '../elements/persona/persona.js';

MlopsPersona.define();

// A translation can be registered from any CDN file: `import { registerStrings } from '…/mlops-term.js'`.
export { registerStrings } from '../internal/i18n.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-persona': MlopsPersona;
  }
}

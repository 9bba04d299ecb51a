import { MlopsAutoTerms } from '../elements/auto-terms/auto-terms.js';
// The element wraps what it finds in <mlops-term>, so registering it registers that too.
import './mlops-term.js';

MlopsAutoTerms.define();

// A translation can be registered from any CDN file: `import { registerStrings } from '…/mlops-term.js'`.
export { registerStrings } from '../internal/i18n.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-auto-terms': MlopsAutoTerms;
  }
}

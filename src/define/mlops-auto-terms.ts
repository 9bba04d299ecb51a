import { MlopsAutoTerms } from '../elements/auto-terms/auto-terms.js';
// The element wraps what it finds in <mlops-term>, so registering it registers that too.
import './mlops-term.js';

MlopsAutoTerms.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-auto-terms': MlopsAutoTerms;
  }
}

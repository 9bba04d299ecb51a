// The page renders these elements in its shadow root: register them first.
import './mlops-section.js';
import './mlops-glossary.js';
import './mlops-persona.js';
import './mlops-demographics.js';
import './mlops-tool-grid.js';
import './mlops-feedback.js';
import { MlopsProfilePage } from '../elements/profile-page/profile-page.js';

MlopsProfilePage.define();

// A translation can be registered from any CDN file: `import { registerStrings } from '…/mlops-term.js'`.
export { registerStrings } from '../internal/i18n.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-profile-page': MlopsProfilePage;
  }
}

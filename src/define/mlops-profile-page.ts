// The page renders these elements in its shadow root: register them first.
import './mlops-section.js';
import './mlops-glossary.js';
import './mlops-persona.js';
import './mlops-demographics.js';
import './mlops-tool-grid.js';
import './mlops-feedback.js';
import { MlopsProfilePage } from '../elements/profile-page/profile-page.js';

MlopsProfilePage.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-profile-page': MlopsProfilePage;
  }
}

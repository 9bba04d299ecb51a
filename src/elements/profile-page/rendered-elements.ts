/**
 * Types only, no code: the tags <mlops-profile-page> renders, so that lit-analyzer checks its
 * bindings against their classes. The page's class module imports this instead of the registration
 * modules (which it must not: class modules have no side effects); src/define/mlops-profile-page.ts
 * registers the elements, and their own define modules declare the same tags.
 */
import type { MlopsDemographics } from '../demographics/demographics.js';
import type { MlopsFeedback } from '../feedback/feedback.js';
import type { MlopsGlossary } from '../glossary/glossary.js';
import type { MlopsPersona } from '../persona/persona.js';
import type { MlopsSection } from '../sections/section.js';
import type { MlopsToolGrid } from '../tool-grid/tool-grid.js';

declare global {
  interface HTMLElementTagNameMap {
    'mlops-demographics': MlopsDemographics;
    'mlops-feedback': MlopsFeedback;
    'mlops-glossary': MlopsGlossary;
    'mlops-persona': MlopsPersona;
    'mlops-section': MlopsSection;
    'mlops-tool-grid': MlopsToolGrid;
  }
}

export {};

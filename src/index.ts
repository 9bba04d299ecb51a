/** Public API: element classes (no registration: import `mlops-elements/define/…` for that), data and types. */
export { MlopsTerm } from './elements/term/term.js';
export { MlopsToolCard } from './elements/tool-card/tool-card.js';
export { MlopsToolGrid } from './elements/tool-grid/tool-grid.js';
export { MlopsDemographics } from './elements/demographics/demographics.js';
export { MlopsFeedback } from './elements/feedback/feedback.js';
export { MlopsProfile, type ProfileLoadDetail } from './elements/profile/profile.js';
export { MlopsSection } from './elements/sections/section.js';
export { MlopsPersona } from './elements/persona/persona.js';
export { MlopsGlossary } from './elements/glossary/glossary.js';
export { MlopsProfilePage } from './elements/profile-page/profile-page.js';
export { MlopsAutoTerms, findTermMatches, type MlopsAutoTermsScanDetail, type TermMatch } from './elements/auto-terms/auto-terms.js';
export type { FeedbackPayload, FeedbackScale, FeedbackDeliveryState } from './elements/feedback/feedback.js';
export * from './data/index.js';
export { profileContext } from './data/context.js';
export type { MlopsErrorDetail } from './internal/events.js';
export { VERSION } from './internal/version.js';
export { registerStrings, type StringTables, type Translation } from './internal/i18n.js';

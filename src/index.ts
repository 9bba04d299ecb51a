/** Public API: element classes (no registration: import `mlops-elements/define/…` for that), data and types. */
// Every element class of the registry, from a generated module (`npm run generate`).
export * from './element-classes.js';
export type { ProfileLoadDetail } from './elements/profile/profile.js';
export { findTermMatches, type MlopsAutoTermsScanDetail, type TermMatch } from './elements/auto-terms/auto-terms.js';
export type { FeedbackPayload, FeedbackScale, FeedbackDeliveryState } from './elements/feedback/feedback.js';
export * from './data/index.js';
export { profileContext } from './data/context.js';
export type { MlopsErrorDetail } from './internal/events.js';
export { VERSION } from './internal/version.js';
export { registerStrings, type StringTables, type Translation } from './internal/i18n.js';

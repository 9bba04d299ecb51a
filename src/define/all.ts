// Registers every element: the module behind dist/cdn/mlops-elements.js. The provider comes first,
// so it is in place to answer its descendants' context requests when they upgrade.
import './mlops-profile.js';
import './mlops-term.js';
import './mlops-tool-card.js';
import './mlops-tool-grid.js';
import './mlops-demographics.js';
import './mlops-feedback.js';
import './mlops-auto-terms.js';

import './lazy.js';

export { registerStrings } from '../internal/i18n.js';

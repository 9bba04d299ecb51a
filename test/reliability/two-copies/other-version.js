// Loaded into a test frame before the real registration: stands in for another release of the
// library on the same page by registering every element through a subclass that reports another
// version, using the classes' own static define().
import * as library from '/dist/index.js';

export const OTHER_VERSION = '0.0.0-other';

for (const name of ['MlopsTerm', 'MlopsToolCard', 'MlopsToolGrid', 'MlopsDemographics', 'MlopsFeedback', 'MlopsProfile']) {
  const Real = library[name];
  const Other = class extends Real {
    static version = OTHER_VERSION;
  };
  Other.define();
}
window.__otherVersionDefined = true;

// Loaded into a test frame: hands the npm build's classes (dist/index.js, bare `lit` imports
// resolved by the test server) to the test, without registering anything.
import * as library from '/dist/index.js';

window.__npm = library;

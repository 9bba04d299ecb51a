// Tests run in three engines from Debian's packages: Chromium, Firefox ESR and WebKitGTK.
// BROWSERS=chromium (or a comma-separated subset) picks engines for quick local runs; CI runs all three.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { wantedEngines } from './scripts/browsers.js';
import { CHROMIUM, chromiumArgs } from './scripts/chromium.js';
import { summaryReporter } from './scripts/wtr/summary-reporter.js';
import { webkitGtkLauncher } from './scripts/wtr/webkit-launcher.js';
import { feedbackEndpointMiddleware } from './scripts/wtr/feedback-endpoint.js';
import { rawJsonMiddleware } from './scripts/wtr/raw-json.js';
import { cspHeadersMiddleware } from './scripts/wtr/csp-headers.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// window.gc() and unrounded performance.memory for the heap check of test/reliability/churn.test.ts.
const testChromiumArgs = [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'];

const launchers = {
  chromium: () =>
    chromeLauncher({
      concurrency: 1, // background tabs never fire requestAnimationFrame
      launchOptions: { executablePath: CHROMIUM, headless: true, args: testChromiumArgs },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  webkit: () => webkitGtkLauncher(),
};

const wanted = wantedEngines();

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [cspHeadersMiddleware(), feedbackEndpointMiddleware(), rawJsonMiddleware()],
  // The accessibility tree (Chromium only): what ElementInternals gives an element shows nowhere else.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin(), emulateMediaPlugin()],
  reporters: [defaultReporter(), summaryReporter()],
};

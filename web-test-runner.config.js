// Tests run in three engines from Debian's packages: Chromium, Firefox ESR and WebKitGTK.
// BROWSERS=chromium (or a comma-separated subset) picks engines for quick local runs; CI runs all three.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/wtr/summary-reporter.js';
import { webkitGtkLauncher } from './scripts/wtr/webkit-launcher.js';
import { feedbackEndpointMiddleware } from './scripts/wtr/feedback-endpoint.js';
import { rawJsonMiddleware } from './scripts/wtr/raw-json.js';
import { cspHeadersMiddleware } from './scripts/wtr/csp-headers.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Keep Chromium off the network entirely (no Google look-ups, no component updates).
const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  // window.gc() and unrounded performance.memory for the heap check of test/reliability/churn.test.ts.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

const launchers = {
  chromium: () =>
    chromeLauncher({
      concurrency: 1, // background tabs never fire requestAnimationFrame
      launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  webkit: () => webkitGtkLauncher(),
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((name) => !(name in launchers));
if (unknown.length) {
  throw new Error(`BROWSERS names unknown engine(s): ${unknown.join(', ')} (use chromium, firefox, webkit)`);
}

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
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter()],
};

// `npm test`: makes sure the test browsers are there and the CDN build is current (the CSP, CDN and
// two-copies tests load dist/), then runs @web/test-runner in all engines.
// Extra arguments go to wtr (e.g. `npm test -- --files test/term.test.ts`); SKIP_BUILD=1 skips the build.
import { spawnSync } from 'node:child_process';
import { ensureBrowsers, wantedEngines } from './browsers.js';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (!ensureBrowsers(wantedEngines())) process.exit(1);
if (!process.env.SKIP_BUILD && run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('The build failed, so the tests did not run.');
  process.exit(1);
}
process.exit(run('npx', ['--no-install', 'web-test-runner', ...process.argv.slice(2)]));

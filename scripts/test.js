// `npm test`: makes sure the test browsers are there, then runs @web/test-runner in all of them.
// Extra arguments go to wtr (e.g. `npm test -- --files test/term.test.ts`).
import { spawnSync } from 'node:child_process';
import { ensureBrowsers, wantedEngines } from './browsers.js';

if (!ensureBrowsers(wantedEngines())) process.exit(1);
const result = spawnSync('npx', ['--no-install', 'web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);

#!/usr/bin/env node
// The `mlops-elements` command: `mlops-elements render --help` lists its options (src/render/cli.ts).
import { main, stopCleanlyOnSignals } from '../dist/render/cli.js';

stopCleanlyOnSignals();
process.exitCode = await main(process.argv.slice(2));

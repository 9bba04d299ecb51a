#!/usr/bin/env node
// The `mlops-elements` command: `render` and `validate`; `mlops-elements <command> --help` lists a command's options (src/render/cli.ts).
import { main, stopCleanlyOnSignals } from '../dist/render/cli.js';

// The feedback server handles its own signals (it closes its database before it exits).
if (process.argv[2] !== 'feedback-server') stopCleanlyOnSignals();
process.exitCode = await main(process.argv.slice(2));

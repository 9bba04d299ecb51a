#!/usr/bin/env node
// The `mlops-elements` command: `render` and `validate`; `mlops-elements <command> --help` lists a command's options (src/render/cli.ts).
import { main, stopCleanlyOnSignals } from '../dist/render/cli.js';

stopCleanlyOnSignals();
process.exitCode = await main(process.argv.slice(2));

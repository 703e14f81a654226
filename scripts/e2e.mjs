#!/usr/bin/env node
// `npm run test:e2e [-- vitest args]`: only the e2e tests (their global setup builds both targets).
import { runBin } from './lib/run.mjs';

process.exitCode = await runBin('vitest', ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);

#!/usr/bin/env node
// `npm test`: typecheck, unit tests, then the e2e tests in real Chromium and Firefox ESR when they
// are installed (required when CI=true). Ends with one line "N passed, N failed" (unit + e2e; a
// failed typecheck or build counts as one failure) and exits non-zero on any failure.
import { APT_PACKAGES, findBrowser } from './lib/browsers.mjs';
import { run, runBin, section, vitestCounts } from './lib/run.mjs';

const ci = process.env.CI === 'true';
const total = { passed: 0, failed: 0 };
const add = ({ passed, failed }) => {
  total.passed += passed;
  total.failed += failed;
};

section('typecheck (tsc --noEmit)');
if ((await runBin('tsc', ['--noEmit'])) !== 0) {
  console.error('typecheck failed');
  add({ passed: 0, failed: 1 });
}

section('unit tests (vitest)');
add(await vitestCounts('unit', []));

section('end-to-end tests (Chromium, Firefox ESR)');
const missing = ['chromium', 'firefox'].filter((name) => !findBrowser(name));
const packages = missing.map((name) => APT_PACKAGES[name]).join(' ');
if (missing.length === 2 && !ci) {
  console.log(`SKIPPED: no browser found. Install them to run the e2e tests: sudo apt-get install -y ${packages}`);
} else {
  if (missing.length > 0) {
    const message = `${missing.join(' and ')} not found (apt-get install -y ${packages})`;
    console.log(ci ? `CI=true: e2e tests are required and will fail: ${message}` : `SKIPPING ${missing.join(', ')}: ${message}`);
  }
  let built = true;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    // The e2e harness reads its builds from .output-e2e (see tests/e2e/harness/paths.ts).
    if ((await runBin('wxt', args, { env: { ...process.env, KIJI_OUT_DIR: '.output-e2e' } })) !== 0) built = false;
  }
  if (built) {
    add(await vitestCounts('e2e', ['--config', 'vitest.e2e.config.ts'], { KIJI_E2E_SKIP_BUILD: '1' }));
  } else {
    console.error('build failed: e2e tests not run');
    add({ passed: 0, failed: 1 });
  }
}

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;

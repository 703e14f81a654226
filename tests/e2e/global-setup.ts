import { execFileSync } from 'node:child_process';
import { E2E_OUT_DIR, ROOT } from './harness/paths';

/**
 * Builds both targets once per e2e run so tests never test a stale build. scripts/test.mjs builds
 * first (so a failed build is counted) and sets KIJI_E2E_SKIP_BUILD=1 to avoid building twice.
 */
export default function setup(): void {
  if (process.env.KIJI_E2E_SKIP_BUILD === '1') return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, KIJI_OUT_DIR: E2E_OUT_DIR },
    });
  }
}

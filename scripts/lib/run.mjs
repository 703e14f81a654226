// Small process helpers shared by the npm scripts (plain Node, no build step).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Runs a command with inherited output; resolves with its exit code (never rejects). */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a local package binary from node_modules/.bin. */
export function runBin(bin, args, options = {}) {
  return run(path.join(ROOT, 'node_modules/.bin', bin), args, options);
}

export function section(title) {
  console.log(`\n━━ ${title} ━━`);
}

/**
 * Runs vitest with a JSON report and returns { passed, failed } test counts. A test file that
 * fails before its tests run (import error, failing beforeAll with no test results) counts as one
 * failure, and so does a vitest run that wrote no report at all.
 */
export async function vitestCounts(name, args, env = {}) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const report = path.join(RESULTS_DIR, `${name}.json`);
  rmSync(report, { force: true });
  const code = await runBin('vitest', ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    env: { ...process.env, ...env },
  });
  if (!existsSync(report)) {
    console.error(`${name}: vitest exited with code ${code} and wrote no report`);
    return { passed: 0, failed: 1 };
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  const counts = { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + brokenFiles };
  // A non-zero exit with nothing failed in the report (e.g. a global setup error) is still a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

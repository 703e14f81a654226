import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const FIXTURE_PAGES_DIR = path.join(ROOT, 'tests/fixtures/pages');
export const RESULTS_DIR = path.join(ROOT, 'test-results/e2e');
/** Where e2e builds go (wxt.config.ts reads KIJI_OUT_DIR): apart from .output/, which `npm run build` rewrites. */
export const E2E_OUT_DIR = '.output-e2e';
export const CHROME_BUILD_DIR = path.join(ROOT, E2E_OUT_DIR, 'chrome-mv3');

/** The sample article every demo and foundation test uses (served at /<slug>/). */
export const SAMPLE_ARTICLE_SLUG = 'ja-translated--news24-kim-putin';

/** Firefox builds as MV2 (README explains why); MV3 is accepted so a later switch needs no harness change. */
export function firefoxBuildDir(): string {
  for (const name of ['firefox-mv2', 'firefox-mv3']) {
    const dir = path.join(ROOT, E2E_OUT_DIR, name);
    if (existsSync(path.join(dir, 'manifest.json'))) return dir;
  }
  throw new Error(`No Firefox build in ${E2E_OUT_DIR}/: run \`KIJI_OUT_DIR=${E2E_OUT_DIR} npx wxt build -b firefox\` (the e2e global setup does).`);
}

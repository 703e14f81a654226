// The e2e harness: see tests/e2e/README.md.
import { APT_PACKAGES, findBrowser, type BrowserName } from './executables';

export type { Json, KijiBrowser, LaunchOptions } from './browser';
export type { E2EPage } from './page';
export type { BrowserName } from './executables';
export type { FixtureServer } from './server';
export { startFixtureServer } from './server';
export { APT_PACKAGES, findBrowser } from './executables';
export { launchChromium } from './chromium';
export { launchFirefox } from './firefox';
export { poll } from './page';
export { launchBrowser, useFixtureServer, useBrowser, waitForPopupState, POPUP_SETTLED_STATES } from './setup';
export { ROOT, FIXTURE_PAGES_DIR, RESULTS_DIR, SAMPLE_ARTICLE_SLUG } from './paths';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/**
 * Whether to run a browser's tests. A missing browser is skipped locally, but under CI=true the
 * tests run anyway and fail at launch, because CI must prove both browsers.
 */
export function browserEnabled(name: BrowserName): boolean {
  if (findBrowser(name)) return true;
  if (process.env.CI === 'true') return true;
  console.warn(`[e2e] ${name} not found: skipping its tests (apt-get install -y ${APT_PACKAGES[name]})`);
  return false;
}
export { copyWithBrokenContentScripts } from './broken-build';
export { CHROME_BUILD_DIR, firefoxBuildDir } from './paths';

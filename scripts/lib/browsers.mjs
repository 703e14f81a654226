// Browser lookup for the npm scripts: the same module the e2e harness uses, loaded through tsx.
import { tsImport } from 'tsx/esm/api';

const harness = await tsImport('../../tests/e2e/harness/executables.ts', import.meta.url);

/** @type {(name: 'chromium' | 'firefox') => string | null} */
export const findBrowser = harness.findBrowser;
/** @type {Record<'chromium' | 'firefox', string>} */
export const APT_PACKAGES = harness.APT_PACKAGES;

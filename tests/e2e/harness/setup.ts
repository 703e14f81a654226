// Shared vitest setup for the e2e test files: call these at the top level of a file or inside a
// describe() callback; they register beforeAll/afterAll hooks and return a getter for the value.
import { afterAll, beforeAll } from 'vitest';
import type { KijiBrowser, LaunchOptions } from './browser';
import { launchChromium } from './chromium';
import type { BrowserName } from './executables';
import { launchFirefox } from './firefox';
import { poll, type E2EPage } from './page';
import { startFixtureServer, type FixtureServer } from './server';

export function launchBrowser(name: BrowserName, options?: LaunchOptions): Promise<KijiBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Starts the fixture server in beforeAll and closes it in afterAll; returns a getter for it. */
export function useFixtureServer(): () => FixtureServer {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('useFixtureServer(): the fixture server is not started (use it inside a test)');
    return server;
  };
}

/** Launches a browser in beforeAll and closes it in afterAll (once per describe); returns a getter for it. */
export function useBrowser(name: BrowserName, options?: LaunchOptions): () => KijiBrowser {
  let kiji: KijiBrowser | undefined;
  beforeAll(async () => {
    kiji = await launchBrowser(name, options);
  });
  afterAll(async () => {
    await kiji?.close();
  });
  return () => {
    if (!kiji) throw new Error(`useBrowser('${name}'): the browser is not launched (use it inside a test)`);
    return kiji;
  };
}

/** Every state the popup can settle in; 'working' is the only transient one. */
export const POPUP_SETTLED_STATES = ['article', 'not-article', 'restricted', 'error'];

/** Polls the popup's data-state until it is one of `accepted` (default: any settled state) and returns it. */
export function waitForPopupState(popup: E2EPage, accepted: string[] = POPUP_SETTLED_STATES): Promise<string> {
  return poll(`popup state in ${accepted.join('|')}`, async () => {
    const state = await popup.attribute('[data-testid=popup]', 'data-state');
    return state && accepted.includes(state) ? state : null;
  });
}

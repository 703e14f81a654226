import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { headlessByDefault, type Json, type KijiBrowser, type LaunchOptions } from './browser';
import { findBrowser } from './executables';
import { BasePage, screenshotPath, DEFAULT_WAIT_MS } from './page';
import { CHROME_BUILD_DIR } from './paths';
import { tabIdOf } from './tabs';

const VIEWPORT = { width: 1280, height: 900 };

class ChromiumPage extends BasePage {
  readonly browser = 'chromium' as const;
  constructor(readonly raw: Page) {
    super();
  }
  async goto(url: string) {
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.raw.evaluate(expression) as Promise<T>;
  }
  async click(selector: string) {
    // Playwright's CSS engine pierces open shadow roots, like the BasePage queries.
    await this.raw.locator(selector).first().click({ timeout: DEFAULT_WAIT_MS });
  }
  async press(key: string) {
    await this.raw.keyboard.press(key);
  }
  async screenshot(name: string) {
    const file = screenshotPath(this.browser, name);
    await this.raw.screenshot({ path: file });
    return file;
  }
}

/** Debian's chromium with the unpacked Chrome MV3 build loaded (branded Chrome 137+ refuses --load-extension). */
export async function launchChromium(options: LaunchOptions = {}): Promise<KijiBrowser> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error('Chromium not found (apt-get install -y chromium, or set CHROME_PATH)');
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kiji-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: headlessByDefault(options),
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find(isOurs);
  worker ??= await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: DEFAULT_WAIT_MS });
  const extensionId = new URL(worker.url()).host;
  const extensionBaseUrl = `chrome-extension://${extensionId}/`;

  // The worker can be stopped and restarted by Chrome; always talk to the current one.
  const currentWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isOurs) ??
    context.waitForEvent('serviceworker', { predicate: isOurs, timeout: DEFAULT_WAIT_MS });

  const evalInBackground = async <T>(fnSource: string, ...args: Json[]): Promise<T> => {
    const call = `(${fnSource})(globalThis.chrome, ...${JSON.stringify(args)})`;
    return (await (await currentWorker()).evaluate(call)) as T;
  };

  const kiji: KijiBrowser = {
    name: 'chromium',
    extensionBaseUrl,
    extensionId,
    manifest,
    async newPage(url) {
      const page = new ChromiumPage(await context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(pathAndQuery) {
      const page = new ChromiumPage(await context.newPage());
      await page.goto(extensionBaseUrl + pathAndQuery);
      return page;
    },
    openPopup(tabId) {
      return kiji.openExtensionPage(`popup.html?tabId=${tabId}`);
    },
    tabIdOf(page) {
      return tabIdOf(evalInBackground, page);
    },
    badgeText(tabId) {
      return evalInBackground<string>('(ext, tabId) => ext.action.getBadgeText({ tabId })', tabId);
    },
    evalInBackground,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return kiji;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { headlessByDefault, type Json, type KijiBrowser, type LaunchOptions } from './browser';
import { findBrowser } from './executables';
import { BasePage, deepQueryExpression, poll, screenshotPath, type E2EPage } from './page';
import { firefoxBuildDir } from './paths';
import { tabIdOf } from './tabs';

const VIEWPORT = { width: 1280, height: 900 };
/** Pinned internal UUID, so moz-extension:// URLs are known before install (pref below). */
const EXTENSION_UUID = '6b1e5c1a-4f7d-4c3e-9a8b-6b696a690000';
/**
 * Background calls run in a tab showing the extension's own manifest.json: it is an extension
 * document (it gets `browser`), exists in every build and runs none of Kiji's code.
 */
const HARNESS_PAGE = 'manifest.json';

class FirefoxPage extends BasePage {
  readonly browser = 'firefox' as const;
  constructor(readonly raw: Page) {
    super();
  }
  async goto(url: string) {
    if (url.startsWith('moz-extension:')) {
      // goto() on moz-extension:// never resolves over BiDi: navigate, then poll the document.
      void this.raw.goto(url).catch(() => undefined);
      await poll(`${url} to load`, () =>
        this.raw.evaluate(
          `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`,
        ),
      );
      return;
    }
    if (!/^https?:/.test(url)) {
      // about: pages don't report load over BiDi either, and some refuse scripts: wait for the URL.
      void this.raw.goto(url).catch(() => undefined);
      await poll(`${url} to open`, async () => this.raw.url() === url);
      return;
    }
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.raw.evaluate(expression) as Promise<T>;
  }
  async click(selector: string) {
    // The same shadow-piercing query as BasePage, so the reader's controls are clickable too.
    const handle = await this.raw.evaluateHandle(deepQueryExpression(selector, '[0] ?? null'));
    const element = handle.asElement();
    if (!element) throw new Error(`click: no element matches "${selector}" in ${this.url()}`);
    await (element as ElementHandle<Element>).click();
    await handle.dispose();
  }
  async press(key: string) {
    const parts = key.split('+');
    const main = parts.pop() as Parameters<Page['keyboard']['press']>[0];
    const modifiers = parts as Parameters<Page['keyboard']['down']>[0][];
    for (const m of modifiers) await this.raw.keyboard.down(m);
    await this.raw.keyboard.press(main);
    for (const m of modifiers.reverse()) await this.raw.keyboard.up(m);
  }
  async screenshot(name: string) {
    const file = screenshotPath(this.browser, name);
    await this.raw.screenshot({ path: file as `${string}.png` });
    return file;
  }
}

/** firefox-esr over WebDriver BiDi with the build installed as a temporary add-on. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<KijiBrowser> {
  const executablePath = findBrowser('firefox');
  if (!executablePath) throw new Error('Firefox not found (apt-get install -y firefox-esr, or set FIREFOX_PATH)');
  const extensionDir = options.extensionDir ?? firefoxBuildDir();
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    [key: string]: unknown;
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.id');

  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: headlessByDefault(options),
    defaultViewport: VIEWPORT,
    // Without it Firefox refuses to let WebDriver script moz-extension:// documents.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(extensionDir);
  const extensionBaseUrl = `moz-extension://${EXTENSION_UUID}/`;

  const wrap = (page: Page): E2EPage => new FirefoxPage(page);
  const openExtensionPage = async (pathAndQuery: string): Promise<E2EPage> => {
    const page = wrap(await browser.newPage());
    await page.goto(extensionBaseUrl + pathAndQuery);
    return page;
  };

  // Background calls run in one extension tab, opened on first use and kept.
  let harnessPage: E2EPage | null = null;
  const harness = async (): Promise<E2EPage> => {
    harnessPage ??= await openExtensionPage(HARNESS_PAGE);
    return harnessPage;
  };

  const evalInBackground = async <T>(fnSource: string, ...args: Json[]): Promise<T> => {
    const page = await harness();
    return page.evaluate<T>(
      `(async () => { const bg = await browser.runtime.getBackgroundPage(); return (${fnSource})(bg?.browser ?? browser, ...${JSON.stringify(args)}); })()`,
    );
  };

  const kiji: KijiBrowser = {
    name: 'firefox',
    extensionBaseUrl,
    extensionId: EXTENSION_UUID,
    manifest,
    async newPage(url) {
      const page = wrap(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    },
    openExtensionPage,
    openPopup(tabId) {
      return openExtensionPage(`popup.html?tabId=${tabId}`);
    },
    tabIdOf(page) {
      return tabIdOf(evalInBackground, page);
    },
    badgeText(tabId) {
      return evalInBackground<string>(
        '(ext, tabId) => (ext.action ?? ext.browserAction).getBadgeText({ tabId })',
        tabId,
      );
    },
    evalInBackground,
    async close() {
      await browser.close();
    },
  };
  return kiji;
}

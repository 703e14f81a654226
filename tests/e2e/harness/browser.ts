import type { E2EPage } from './page';
import type { BrowserName } from './executables';

/** JSON-serialisable argument passed into a background function. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A real browser with the built Kiji extension installed, driven the same way in both engines. */
export interface KijiBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ (trailing slash). */
  readonly extensionBaseUrl: string;
  /** Chromium extension id or Firefox internal UUID (the host part of extensionBaseUrl). */
  readonly extensionId: string;
  /** The built manifest.json. */
  readonly manifest: Record<string, unknown>;
  /** A new tab, navigated to `url` (awaits its load) when given. */
  newPage(url?: string): Promise<E2EPage>;
  /** An extension page such as 'popup.html?tabId=3' in a new tab, once its document has loaded. */
  openExtensionPage(pathAndQuery: string): Promise<E2EPage>;
  /** The popup opened as a tab that targets tab `tabId` (the UI test contract's popup.html?tabId=N). */
  openPopup(tabId: number): Promise<E2EPage>;
  /** The browser's tab id of a page opened with newPage(). */
  tabIdOf(page: E2EPage): Promise<number>;
  /** The action's badge text on a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  /**
   * Runs `fnSource` (JS source of a function, e.g. 'async (ext, id) => ext.tabs.get(id)') with the
   * extension API object and JSON args, and returns its JSON result. Chromium runs it in the service
   * worker (ext = chrome). Firefox runs it in an extension tab with ext = the background page's
   * `browser` (WebDriver BiDi cannot reach the background page itself).
   */
  evalInBackground<T = unknown>(fnSource: string, ...args: Json[]): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Default true; set KIJI_E2E_HEADFUL=1 to watch a run on a desktop. */
  headless?: boolean;
  /** Unpacked build to install; defaults to the target's folder in .output/. */
  extensionDir?: string;
}

export function headlessByDefault(options: LaunchOptions): boolean {
  return options.headless ?? process.env.KIJI_E2E_HEADFUL !== '1';
}

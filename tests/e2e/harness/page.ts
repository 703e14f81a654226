import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserName } from './executables';
import { RESULTS_DIR } from './paths';

/**
 * One tab, the same API in both browsers. Selectors are CSS and pierce open shadow roots (the
 * reader overlay lives in one), so tests never care which library drives the browser.
 */
export interface E2EPage {
  readonly browser: BrowserName;
  /** The underlying Playwright or Puppeteer page, for what this API does not cover. */
  readonly raw: PlaywrightPage | PuppeteerPage;
  url(): string;
  goto(url: string): Promise<void>;
  /** Resolves with the number of matches once at least `min` elements (default 1) match. */
  waitFor(selector: string, options?: { timeout?: number; min?: number }): Promise<number>;
  /** Polls a JS expression (string, evaluated in the page) until it is truthy; returns its value. */
  waitForExpression<T = unknown>(expression: string, options?: { timeout?: number }): Promise<T>;
  count(selector: string): Promise<number>;
  /** textContent of the first match, trimmed; null when nothing matches. */
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** A real mouse click on the first match (user activation included). */
  click(selector: string): Promise<void>;
  /** A key press, Playwright/Puppeteer key names: 'Escape', 'Enter', 'Alt+Shift+R'. */
  press(key: string): Promise<void>;
  /** Evaluates a JS expression string in the page (strings serialise the same in both libraries). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Saves test-results/e2e/<browser>-<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 15_000;
const POLL_MS = 100;

/** In-page source: every element matching a selector in the document and in open shadow roots. */
const DEEP_QUERY_ALL = `function (selector) {
  const found = [];
  const visit = (root) => {
    found.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return found;
}`;

export function deepQueryExpression(selector: string, map: string): string {
  return `(${DEEP_QUERY_ALL})(${JSON.stringify(selector)})${map}`;
}

export function screenshotPath(browser: BrowserName, name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, `${browser}-${name.replace(/[^\w.-]+/g, '_')}.png`);
}

export async function poll<T>(
  describe: string,
  probe: () => Promise<T>,
  timeout = DEFAULT_WAIT_MS,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      lastError = null;
    } catch (error) {
      // Navigation in progress destroys the execution context; the next poll sees the new page.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${describe}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The shared part: everything expressed as page-evaluated strings. */
export abstract class BasePage implements E2EPage {
  abstract readonly browser: BrowserName;
  abstract readonly raw: PlaywrightPage | PuppeteerPage;
  abstract goto(url: string): Promise<void>;
  abstract evaluate<T = unknown>(expression: string): Promise<T>;
  abstract click(selector: string): Promise<void>;
  abstract press(key: string): Promise<void>;
  abstract screenshot(name: string): Promise<string>;

  url(): string {
    return this.raw.url();
  }

  async bringToFront(): Promise<void> {
    await this.raw.bringToFront();
  }

  async close(): Promise<void> {
    await this.raw.close();
  }

  async waitFor(selector: string, options: { timeout?: number; min?: number } = {}): Promise<number> {
    const min = options.min ?? 1;
    return poll(
      `${min}× "${selector}" in ${this.url()}`,
      async () => {
        const n = await this.count(selector);
        return n >= min ? n : 0;
      },
      options.timeout,
    );
  }

  async waitForExpression<T = unknown>(expression: string, options: { timeout?: number } = {}): Promise<T> {
    return poll(`\`${expression}\` in ${this.url()}`, () => this.evaluate<T>(expression), options.timeout);
  }

  count(selector: string): Promise<number> {
    return this.evaluate<number>(deepQueryExpression(selector, '.length'));
  }

  text(selector: string): Promise<string | null> {
    return this.evaluate<string | null>(
      deepQueryExpression(selector, '.map((el) => el.textContent.trim())[0] ?? null'),
    );
  }

  texts(selector: string): Promise<string[]> {
    return this.evaluate<string[]>(deepQueryExpression(selector, '.map((el) => el.textContent.trim())'));
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.evaluate<string | null>(
      deepQueryExpression(selector, `.map((el) => el.getAttribute(${JSON.stringify(name)}))[0] ?? null`),
    );
  }
}

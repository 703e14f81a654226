// The reader toggles that do not go through the popup: the keyboard command and the context
// menu, in Chromium and Firefox. Headless browsers deliver neither shortcut keys to extension
// commands nor context-menu clicks (a real Alt+Shift+R press was tried: nothing arrives), so the
// tests check the registration through the real APIs and then call the background's own
// handlers (the `kijiBackground` seam in entrypoints/background.ts) for the tab.
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  SAMPLE_ARTICLE_SLUG,
  browserEnabled,
  useBrowser,
  useFixtureServer,
} from './harness';

/** The background's handlers: the service worker's global (Chromium) or the background page (Firefox MV2). */
const CALL_HANDLER = `async (ext, handler, arg, tabId) => {
  const background = ext.extension?.getBackgroundPage?.() ?? globalThis;
  await background.kijiBackground[handler](arg, { id: tabId });
}`;

const server = useFixtureServer();

describe.each(BROWSERS.filter(browserEnabled))('%s', (name) => {
  const browser = useBrowser(name);

  it('declares the toggle-reader command with Alt+Shift+R', async () => {
    const kiji = browser();
    const commands = await kiji.evalInBackground<{ name: string; shortcut?: string }[]>('(ext) => ext.commands.getAll()');
    const toggle = commands.find((command) => command.name === 'toggle-reader');
    expect(toggle).toBeDefined();
    const manifestCommands = kiji.manifest.commands as Record<string, { suggested_key: { default: string } }>;
    expect(manifestCommands['toggle-reader']?.suggested_key.default).toBe('Alt+Shift+R');
    // Firefox assigns the suggested key; Chromium 156 leaves it unassigned because the browser
    // uses Alt+Shift+R itself (a free key such as Ctrl+Shift+Y is assigned), so there the user
    // sets it in chrome://extensions/shortcuts.
    if (name === 'firefox') expect(toggle?.shortcut).toBe('Alt+Shift+R');
  });

  it('toggles the reader in the tab through the command handler', async () => {
    const kiji = browser();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const tabId = await kiji.tabIdOf(page);
    await kiji.evalInBackground(CALL_HANDLER, 'onCommand', 'toggle-reader', tabId);
    expect(await page.waitFor('[data-testid=reader]')).toBe(1);
    await page.screenshot('reader-from-command');
    await kiji.evalInBackground(CALL_HANDLER, 'onCommand', 'toggle-reader', tabId);
    await page.waitForExpression('!document.querySelector("kiji-reader")');
    await page.close();
  });

  it('registers the "Reader mode" context menu item and toggles the reader from it', async () => {
    const kiji = browser();
    // update() rejects for an id that was never created: the item exists.
    await kiji.evalInBackground("(ext) => ext.contextMenus.update('kiji-reader', {})");
    await expect(kiji.evalInBackground("(ext) => ext.contextMenus.update('no-such-item', {})")).rejects.toThrow();
    const page = await kiji.newPage(server().pageUrl(SAMPLE_ARTICLE_SLUG));
    const tabId = await kiji.tabIdOf(page);
    await kiji.evalInBackground(CALL_HANDLER, 'onMenuClick', { menuItemId: 'kiji-reader' }, tabId);
    expect(await page.waitFor('[data-testid=reader]')).toBe(1);
    await page.press('Escape');
    await page.waitForExpression('!document.querySelector("kiji-reader")');
    await page.close();
  });
});

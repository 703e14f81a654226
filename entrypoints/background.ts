// Wiring only: badge per tab, the reader command, the context menu, and routing reader toggles
// to the tab's article script. Logic lives in utils/background/.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { applyBadge, badgeFor } from '../utils/background/badge';
import { toolbarAction } from '../utils/background/action';
import { ensureArticleScript } from '../utils/background/inject';
import type { MessageKey } from '../utils/i18n';
import { isContentScriptSender, onMessage, sendMessage, UntrustedSenderError, type PageStatus } from '../utils/messaging';
import { getSettings, watchSettings } from '../utils/storage';

const COMMAND_TOGGLE_READER = 'toggle-reader';
const MENU_READER = 'kiji-reader';

export default defineBackground(() => {
  // The badge, menu and tooltip follow the browser's language: browser.i18n is all they can use
  // (and it keeps the bundled message tables of utils/i18n.ts out of the service worker).
  const t = (key: MessageKey) => browser.i18n.getMessage(key as never) || key;
  const extensionOrigin = browser.runtime.getURL('/');

  const showBadge = (tabId: number, status: PageStatus, quietSites: string[]) =>
    applyBadge(toolbarAction(), tabId, badgeFor(status, quietSites, {
      badge: t('badgeArticle'),
      articleTitle: t('actionTitleArticle'),
      defaultTitle: t('actionTitleDefault'),
    }));
  // The detector's last word per tab: lets a new quiet site take its badge away at once, and
  // tests read detectMs (measured in the page) from it. Lost when the service worker sleeps,
  // which only delays that until the page's next report.
  const lastStatus = new Map<number, PageStatus>();
  browser.tabs.onRemoved.addListener((tabId) => lastStatus.delete(tabId));
  // A new document reports afresh; until then its old status must not come back on a settings change.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') lastStatus.delete(tabId);
  });
  watchSettings(({ quietSites }) => {
    for (const [tabId, status] of lastStatus) void showBadge(tabId, status, quietSites).catch(() => lastStatus.delete(tabId));
  });

  onMessage('contentToBackground.pageStatus', async ({ data, sender }) => {
    if (!isContentScriptSender(sender, browser.runtime.id, extensionOrigin) || sender.tab?.id == null) {
      throw new UntrustedSenderError('contentToBackground.pageStatus');
    }
    // Only the top frame speaks for the tab (the content script runs there alone).
    if (sender.frameId != null && sender.frameId !== 0) return;
    lastStatus.set(sender.tab.id, data);
    await showBadge(sender.tab.id, data, (await getSettings()).quietSites);
  });

  const toggleReader = async (tab: Browser.tabs.Tab | undefined) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId == null) return;
    try {
      await ensureArticleScript(tabId, {
        ping: (id) => sendMessage('extensionToContent.ping', undefined, id),
        injectFile: (id, file) => browser.scripting.executeScript({ target: { tabId: id }, files: [file as never] }),
      });
      await sendMessage('extensionToContent.toggleReader', undefined, tabId);
    } catch (error) {
      // Browser pages and stores refuse scripts; the popup explains that when the user opens it.
      console.info('Kiji: reader mode is not available in this tab.', error);
    }
  };

  const onCommand = (command: string, tab?: Browser.tabs.Tab) => {
    if (command === COMMAND_TOGGLE_READER) return toggleReader(tab);
  };
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

  // Menus survive restarts in MV3 but not in Firefox's MV2 background: start clean every time.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_READER,
      title: t('menuReader'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    });
  });
  const onMenuClick = (info: { menuItemId: string | number }, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_READER) return toggleReader(tab);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

  // Headless browsers deliver neither shortcuts to extension commands nor context-menu clicks, so
  // the e2e tests (tests/e2e/ui-commands.test.ts) call these same handlers through the background.
  Object.assign(globalThis, {
    kijiBackground: { onCommand, onMenuClick, statusOf: (tabId: number) => lastStatus.get(tabId) ?? null },
  });
});

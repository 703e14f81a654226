import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ensureArticleScript } from '../../utils/background/inject';
import { copyText } from '../../utils/clipboard';
import { sendMessage } from '../../utils/messaging';
import { createPopupModel, type TargetTab } from '../../utils/models/popup';
import { createSettingsModel } from '../../utils/models/settings';
import { getSettings, updateSettings, watchSettings } from '../../utils/storage';
import { App } from './App';
import './style.css';

// popup.html?tabId=N targets tab N: a popup opened as a tab (the e2e tests) is itself the active tab.
const testTabId = Number(new URLSearchParams(location.search).get('tabId')) || null;

async function targetTab(): Promise<TargetTab | null> {
  const tab = testTabId != null
    ? await browser.tabs.get(testTabId)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id != null ? { id: tab.id, url: tab.url } : null;
}

const popup = createPopupModel({
  targetTab,
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
  prepare: (tabId) =>
    ensureArticleScript(tabId, {
      ping: (id) => sendMessage('extensionToContent.ping', undefined, id),
      injectFile: (id, file) => browser.scripting.executeScript({ target: { tabId: id }, files: [file as never] }),
    }),
  read: (tabId) =>
    sendMessage('extensionToContent.read', undefined, tabId).catch((error: unknown) => {
      // The person sees a plain message; the details go to the popup's console for a bug report.
      console.error('Kiji: reading the page failed', error);
      throw error;
    }),
  toggleReader: (tabId) => sendMessage('extensionToContent.toggleReader', undefined, tabId),
  copyText: (text) => copyText(text),
});
const settings = createSettingsModel({ get: getSettings, watch: watchSettings, save: updateSettings });

render(<App popup={popup} settings={settings} closeAfterAction={testTabId == null} />, document.getElementById('app')!);
void popup.load();

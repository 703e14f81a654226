// The on-demand half of the content script: the full pipeline and the in-page reader. Never in
// the manifest; the popup, the keyboard command or the context menu inject it into one tab
// (utils/background/inject.ts), which keeps Preact and the extractor off ordinary page loads.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isExtensionPageSender, onMessage, UntrustedSenderError, type Sender } from '../utils/messaging';
import { createReadCache } from '../utils/page/read-cache';
import { runPipeline } from '../utils/pipeline/index';
import { closeReader, isReaderOpen, openReader, updateReaderSettings } from '../utils/reader/mount';
import { getSettings, updateSettings, watchSettings } from '../utils/storage';

/** Set on the isolated world's global so a second injection into the same page does nothing. */
const LOADED_FLAG = '__kijiArticleScript';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  registration: 'runtime',
  // The reader brings its CSS inline into its shadow root (utils/reader/mount.tsx): nothing to fetch.
  cssInjectionMode: 'manual',
  main(ctx) {
    const scope = globalThis as { [LOADED_FLAG]?: boolean };
    if (scope[LOADED_FLAG]) return;
    scope[LOADED_FLAG] = true;

    const extensionOrigin = browser.runtime.getURL('/');
    const guard = (type: string, sender: Sender) => {
      if (!isExtensionPageSender(sender, browser.runtime.id, extensionOrigin)) throw new UntrustedSenderError(type);
    };

    const cache = createReadCache((bullets) => runPipeline(document, new URL(location.href), { bullets }));
    const read = async () => cache.get(location.href, (await getSettings()).bullets);

    // Listeners first and synchronously: the injector pings right after executeScript returns.
    onMessage('extensionToContent.ping', ({ sender }) => {
      guard('extensionToContent.ping', sender);
      return { readerOpen: isReaderOpen(), url: location.href };
    });
    onMessage('extensionToContent.read', ({ sender }) => {
      guard('extensionToContent.read', sender);
      return read();
    });
    onMessage('extensionToContent.toggleReader', async ({ sender }) => {
      guard('extensionToContent.toggleReader', sender);
      if (isReaderOpen()) {
        closeReader();
        return { readerOpen: false, url: location.href };
      }
      const [result, settings] = await Promise.all([read(), getSettings()]);
      if (!result.article) return { readerOpen: false, url: location.href };
      await openReader(ctx, result.article, settings, {
        onSettingsChange: (patch) => void updateSettings(patch),
      });
      return { readerOpen: isReaderOpen(), url: location.href };
    });

    const unwatch = watchSettings((settings) => {
      if (isReaderOpen()) updateReaderSettings(settings);
    });
    ctx.onInvalidated(() => {
      unwatch();
      closeReader();
    });
  },
});

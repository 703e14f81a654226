// Always-on and deliberately small: the cheap detector and a badge report, nothing else. The
// pipeline, Preact and the reader live in article.content.tsx, injected only when the user asks.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../utils/messaging';
import { createStatusReporter, pageStatusOf } from '../utils/page/status';

/** SPA routers render the new page after the URL changes; check once soon and once when late data has landed. */
const SPA_RECHECK_DELAYS_MS = [750, 2500];

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = createStatusReporter((status) => {
      // The background may be restarting (MV3 service worker); the next navigation reports again.
      sendMessage('contentToBackground.pageStatus', status).catch(() => {});
    });
    const check = (force = false) => {
      if (ctx.isValid) report(pageStatusOf(document, new URL(location.href)), force);
    };
    check(true);

    let timers: number[] = [];
    const recheckSoon = () => {
      timers.forEach((id) => clearTimeout(id));
      timers = SPA_RECHECK_DELAYS_MS.map((delay) => ctx.setTimeout(() => check(), delay));
    };
    // pushState/replaceState are invisible to content scripts: WXT's locationchange uses the
    // Navigation API where present and polls location otherwise; popstate covers back/forward.
    ctx.addEventListener(window, 'wxt:locationchange', recheckSoon);
    ctx.addEventListener(window, 'popstate', recheckSoon);
    // A page restored from the back/forward cache lost its per-tab badge with the navigation.
    ctx.addEventListener(window, 'pageshow', (event: PageTransitionEvent) => {
      if (event.persisted) check(true);
    });
  },
});

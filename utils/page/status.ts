// The always-on content script's one job: a cheap verdict for the toolbar badge.
import { detect } from '../pipeline/detect';
import type { PageStatus } from '../messaging';

/** detect() with its cost measured, as the status the background turns into a badge. */
export function pageStatusOf(doc: Document, url: URL, now: () => number = () => performance.now()): PageStatus {
  const started = now();
  const detection = detect(doc, url);
  return {
    url: url.href,
    isArticle: detection.isArticle,
    score: detection.score,
    detectMs: now() - started,
  };
}

/** Reports only changes: SPA re-checks of the same page must not flood the background. */
export function createStatusReporter(send: (status: PageStatus) => void) {
  let last = '';
  return (status: PageStatus, force = false) => {
    const key = `${status.url}\n${status.isArticle}`;
    if (!force && key === last) return;
    last = key;
    send(status);
  };
}

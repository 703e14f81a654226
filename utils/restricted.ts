// Pages where browsers forbid extensions to run scripts. The popup explains these instead of
// failing: the user did nothing wrong, the browser keeps extensions out of them by design.

export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf' | 'file-access' | 'unknown';

/** Schemes that belong to the browser itself; no extension may script them. */
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:',
  'data:', 'javascript:', 'blob:',
]);

/** Extension stores: Chrome and Firefox block content scripts there to protect installs. */
const WEB_STORES: readonly { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'addons.opera.com', pathPrefix: '/' },
];

/** Both browsers show PDFs in their own viewer, which extensions cannot script. */
const PDF_PATH = /\.pdf$/i;

export interface RestrictionContext {
  /** browser.extension.isAllowedFileSchemeAccess(): false until the user allows file URLs. */
  fileAccess: boolean;
}

/** Why Kiji cannot run on `url`, or null when it can try. An unknown URL means the browser hid it. */
export function restrictionOf(url: string | undefined, context: RestrictionContext): RestrictedReason | null {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') {
    if (PDF_PATH.test(parsed.pathname)) return 'pdf';
    return context.fileAccess ? null : 'file-access';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (WEB_STORES.some((store) => host === store.host && parsed.pathname.startsWith(store.pathPrefix))) return 'web-store';
  if (PDF_PATH.test(parsed.pathname)) return 'pdf';
  return null;
}

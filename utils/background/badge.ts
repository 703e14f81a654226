// The toolbar badge for one tab, from the content script's page status.
import { isQuietSite } from '../settings';
import type { PageStatus } from '../messaging';

/** Kiji's accent; white badge text stays readable on it in both browsers' toolbars. */
export const BADGE_COLOR = '#b5442e';

export interface BadgeState {
  text: string;
  title: string;
}

/** Badge and tooltip for a page: marked only when it is an article on a site the user didn't quiet. */
export function badgeFor(
  status: PageStatus,
  quietSites: readonly string[],
  labels: { badge: string; articleTitle: string; defaultTitle: string },
): BadgeState {
  let hostname = '';
  try {
    hostname = new URL(status.url).hostname;
  } catch {
    // An unparsable URL gets no badge, like any non-article.
  }
  const marked = status.isArticle && hostname !== '' && !isQuietSite(hostname, quietSites);
  return marked ? { text: labels.badge, title: labels.articleTitle } : { text: '', title: labels.defaultTitle };
}

/** The slice of browser.action (Chrome MV3) / browser.browserAction (Firefox MV2) we use. */
export interface ActionApi {
  setBadgeText(details: { text: string; tabId: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId: number }): Promise<void> | void;
  setTitle(details: { title: string; tabId: number }): Promise<void> | void;
}

export async function applyBadge(action: ActionApi, tabId: number, state: BadgeState): Promise<void> {
  if (state.text) await action.setBadgeBackgroundColor({ color: BADGE_COLOR, tabId });
  await action.setBadgeText({ text: state.text, tabId });
  await action.setTitle({ title: state.title, tabId });
}

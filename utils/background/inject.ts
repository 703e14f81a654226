// The heavy part of Kiji (pipeline, Preact, reader) is injected into a tab only when the user
// asks, so ordinary browsing pays for the small detector alone.
import type { ArticleScriptState } from '../messaging';

/** WXT's output path of entrypoints/article.content.tsx. */
export const ARTICLE_SCRIPT_FILE = '/content-scripts/article.js';

export interface InjectDeps {
  ping(tabId: number): Promise<ArticleScriptState>;
  injectFile(tabId: number, file: string): Promise<unknown>;
}

/**
 * Makes sure the article script runs in the tab and returns its state. A ping first, because
 * injecting twice would register every listener twice. Throws what the browser says when it
 * refuses the page (browser pages, stores, file:// without access).
 */
export async function ensureArticleScript(tabId: number, deps: InjectDeps): Promise<ArticleScriptState> {
  try {
    return await deps.ping(tabId);
  } catch {
    // No listener yet: inject below.
  }
  await deps.injectFile(tabId, ARTICLE_SCRIPT_FILE);
  return deps.ping(tabId);
}

import type { Json } from './browser';
import { poll, type E2EPage } from './page';

type EvalInBackground = <T>(fnSource: string, ...args: Json[]) => Promise<T>;

/** KijiBrowser.tabIdOf for both engines: the tab showing the page's URL, else the focused active tab. */
export async function tabIdOf(evalInBackground: EvalInBackground, page: E2EPage): Promise<number> {
  // Firefox's tabs.query({ url }) misses URLs with a port, so filter in code.
  const url = page.url();
  const ids = await evalInBackground<number[]>(
    'async (ext, url) => (await ext.tabs.query({})).filter((t) => t.url === url).map((t) => t.id)',
    url,
  );
  if (ids.length === 1 && ids[0] !== undefined) return ids[0];
  // Tab URLs are hidden without host access; the page we just focused is the active tab then.
  await page.bringToFront();
  return poll(`the active tab id of ${url}`, () =>
    evalInBackground<number | null>(
      'async (ext) => (await ext.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null',
    ),
  );
}

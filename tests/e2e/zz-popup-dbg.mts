import { launchBrowser, startFixtureServer, SAMPLE_ARTICLE_SLUG, poll } from '/work/main/tests/e2e/harness';
const name = (process.argv[2] ?? 'firefox') as 'chromium' | 'firefox';
const server = await startFixtureServer();
const kiji = await launchBrowser(name, { extensionDir: name === 'chromium' ? '/tmp/popup-dbg/out/chrome-mv3' : '/tmp/popup-dbg/out/firefox-mv2' });
try {
  const page = await kiji.newPage(server.pageUrl(SAMPLE_ARTICLE_SLUG));
  const tabId = await kiji.tabIdOf(page);
  const popup = await kiji.openPopup(tabId);
  await poll('state', async () => { const s = await popup.attribute('[data-testid=popup]', 'data-state'); return s !== 'working' ? s : null; });
  console.log(await popup.attribute('[data-testid=popup]', 'data-state'));
  await popup.click('[data-testid=toggle-reader]');
  await new Promise(r => setTimeout(r, 2000));
  console.log('pressed', await popup.attribute('[data-testid=toggle-reader]', 'aria-pressed'));
  console.log(await page.evaluate('document.documentElement.lastElementChild.outerHTML.slice(0, 300)'));
  console.log(await page.evaluate('String(document.querySelector("kiji-reader")?.shadowRoot?.innerHTML?.slice(0,300))'));
  console.log(await page.count('kiji-reader [data-testid=reader]'), await page.count('[data-testid=reader]'));
} finally {
  await kiji.close(); await server.close();
}

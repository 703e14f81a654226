import { launchBrowser, startFixtureServer, SAMPLE_ARTICLE_SLUG, poll } from '/work/main/tests/e2e/harness';
const name = (process.argv[2] ?? 'chromium') as 'chromium' | 'firefox';
const server = await startFixtureServer();
const kiji = await launchBrowser(name);
try {
  const page = await kiji.newPage(server.pageUrl(SAMPLE_ARTICLE_SLUG));
  const tabId = await kiji.tabIdOf(page);
  const popup = await kiji.openPopup(tabId);
  await poll('state', async () => { const s = await popup.attribute('[data-testid=popup]', 'data-state'); return s !== 'working' ? s : null; });
  console.log(await popup.attribute('[data-testid=popup]', 'data-state'));
  console.log((await popup.evaluate('document.querySelector("main").innerText')) as string);
} finally {
  await kiji.close(); await server.close();
}

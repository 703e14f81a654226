import { launchBrowser, startFixtureServer, SAMPLE_ARTICLE_SLUG } from '/work/main/tests/e2e/harness';
const server = await startFixtureServer();
const kiji = await launchBrowser('chromium', { extensionDir: '/tmp/rdbg/chrome-mv3' });
const step = async (page: any, name: string) => console.log(name, await page.evaluate('JSON.stringify(window.__log.splice(0).filter(s => !s.startsWith("kiji")))'));
try {
  for (const round of [1, 2]) {
    const page = await kiji.newPage(server.pageUrl(SAMPLE_ARTICLE_SLUG));
    await page.evaluate(`window.__log = []; new MutationObserver((ms) => { for (const m of ms) window.__log.push(m.target.localName + ':' + m.attributeName + '=' + m.target.getAttribute(m.attributeName)); }).observe(document.documentElement, { attributes: true, subtree: true })`);
    const tabId = await kiji.tabIdOf(page);
    const popup = await kiji.openPopup(tabId);
    await popup.waitFor('[data-testid=popup][data-state=article]', { timeout: 20000 });
    await popup.click('[data-testid=toggle-reader]');
    await page.waitFor('[data-testid=reader]');
    await step(page, 'opened');
    await popup.close();
    await page.bringToFront();
    await step(page, 'front');
    await page.click('[data-testid=reader-vertical]');
    await step(page, 'click vertical');
    await page.click('[data-testid=reader-close]');
    await step(page, 'close');
  }
} finally {
  await kiji.close();
  await server.close();
}
